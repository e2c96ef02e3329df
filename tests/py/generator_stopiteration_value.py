def g():
    yield 1
    return "the value"
it = g()
next(it)
next(it)
