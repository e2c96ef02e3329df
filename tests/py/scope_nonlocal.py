def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x += 10
            return x
        return inner()
    r = mid()
    return r, x
print(outer())
def two():
    a = b = 0
    def f():
        nonlocal a, b
        a, b = b + 1, a + 2
    f(); f(); f()
    return a, b
print(two())
def shadow():
    x = "outer"
    def f():
        x = "inner"
        def g():
            nonlocal x
            x = "g set"
        g()
        return x
    return f(), x
print(shadow())
def loop_nl():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for i in range(5):
        add(i)
    return total
print(loop_nl())
def nl_del():
    x = 5
    def f():
        nonlocal x
        del x
    f()
    def g():
        return "ok"
    return g()
print(nl_del())
