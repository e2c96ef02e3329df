def g():
    yield 1
    return 42
def outer():
    r = yield from g()
    print("inner returned", r)
    return r + 1
def outer2():
    r = yield from outer()
    yield r
print(list(outer2()))
def no_ret():
    yield "a"
def w():
    r = yield from no_ret()
    yield r
print(list(w()))
def only_return():
    return "v"
    yield
def w2():
    x = yield from only_return()
    yield x
print(list(w2()))
