def f(*args, **kw):
    return args, kw
xs = [1, 2]
ys = (3, 4)
print(f(*xs))
print(f(*xs, *ys))
print(f(0, *xs, 5, *ys, 6))
print(f(*"abc"))
print(f(*range(3), *{7: 0}))
d1 = {"a": 1}
d2 = {"b": 2}
print(f(**d1, **d2))
print(f(x=0, **d1, y=9, **d2))
print(f(*xs, k=1, **d2))
def g(a, b, c, d):
    return a * 1000 + b * 100 + c * 10 + d
print(g(*[1, 2], *[3, 4]))
print(g(1, *[2, 3], d=4))
print(g(**{"d": 4, "c": 3, "b": 2, "a": 1}))
print(g(*(1,), **{"b": 2}, c=3, **{"d": 4}))
gen = (i for i in range(4))
print(g(*gen))
print(f(*[], **{}))
