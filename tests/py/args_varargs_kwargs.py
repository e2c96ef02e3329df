def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2, 3))
print(f(a=1, b=2))
print(f(1, x=2))
print(type(f()[0]).__name__, type(f()[1]).__name__)
def g(a, *rest):
    return a, rest
print(g(1))
print(g(1, 2, 3))
def h(**kw):
    kw["new"] = 1
    return kw
d = {"a": 1}
print(h(**d))
print(d)
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3))
print(order(**{"b": 1, "a": 2}, c=3))
