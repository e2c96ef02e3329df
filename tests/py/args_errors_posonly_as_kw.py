def f(a, b, /):
    return a
f(1, b=2)
