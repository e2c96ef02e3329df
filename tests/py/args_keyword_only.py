def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2))
print(f(1, b=2, c=4))
print(f(a=0, c=9, b=8))
def g(*, x=1, y):
    return x + y
print(g(y=10))
print(g(x=5, y=10))
def h(*args, sep="-", end="!"):
    return sep.join(args) + end
print(h("a", "b", "c"))
print(h("a", "b", sep="+"))
print(h(end="?"))
def k(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())
print(k(1, c=3))
print(k(1, 2, 3, 4, c=5, e=6, f=7))
print(k(c=1, a=2, z=0))
