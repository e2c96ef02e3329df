def trace(f):
    def wrapper(*args, **kw):
        print("call", f.__name__, args, kw)
        r = f(*args, **kw)
        print("ret", r)
        return r
    return wrapper
@trace
def add(a, b):
    return a + b
add(1, 2)
add(a=3, b=4)
print(add.__name__)
def bold(f):
    return lambda: "<b>" + f() + "</b>"
def ital(f):
    return lambda: "<i>" + f() + "</i>"
@bold
@ital
def hello():
    return "hi"
print(hello())
def repeat(n):
    def deco(f):
        def w(*a):
            return [f(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def one(x):
    return x + 1
print(one(1))
order = []
def mark(tag):
    order.append("make " + tag)
    def d(f):
        order.append("apply " + tag)
        return f
    return d
@mark("a")
@mark("b")
def z():
    pass
print(order)
registry = {}
def register(f):
    registry[f.__name__] = f
    return f
@register
def p():
    return "p"
@register
def q():
    return "q"
print(sorted(registry), registry["q"]())
