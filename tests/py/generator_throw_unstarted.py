def g():
    print("never printed")
    yield 1
it = g()
it.throw(IndexError("at start"))
