g1 = 1
print(globals()["g1"])
globals()["g2"] = "made via globals"
print(g2)
print(globals() is globals())
def f(a, b=2):
    c = a + b
    return locals()
print(f(1))
def g():
    x = 1
    l = locals()
    y = 2
    return sorted(l), sorted(locals())
print(g())
def h():
    return locals()
print(h())
def cl():
    v = 5
    def inner():
        return v, locals()
    return inner()
print(cl())
print(locals() is globals())
def vv(a):
    b = 3
    return vars()
print(vv(0))
def fn():
    pass
fn.attr = 1
print(vars(fn))
print(vars()["g1"])
