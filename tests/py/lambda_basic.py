sq = lambda x: x * x
print(sq(7))
print((lambda: 42)())
print((lambda *a, **k: (a, k))(1, 2, z=3))
print((lambda a, b=2, *, c=3: a + b + c)(1, c=10))
add = lambda a, b: a + b
print(add("x", "y"))
print(sq.__name__, sq.__qualname__)
print(sorted([3, -1, 2, -5], key=lambda v: abs(v)))
fs = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in fs])
compose = lambda f, g: lambda x: f(g(x))
inc_sq = compose(lambda x: x + 1, sq)
print(inc_sq(3))
print((lambda x: (lambda y: x * y))(6)(7))
def outer():
    return lambda: outer.__name__
print(outer()())
print(outer().__qualname__)
