def f(a, b, /, c):
    return (a, b, c)
print(f(1, 2, 3))
print(f(1, 2, c=3))
def g(a, b=10, /, c=20, d=30):
    return [a, b, c, d]
print(g(1))
print(g(1, 2))
print(g(1, 2, 3))
print(g(1, c=5))
print(g(1, 2, d=7, c=6))
def h(x, /, **kw):
    return x, kw
print(h(1, x=2))
print(h(5, y=6, x=7))
def only(a, /):
    return a * 2
print(only("ab"))
print(only(a=1) if False else "skip")
