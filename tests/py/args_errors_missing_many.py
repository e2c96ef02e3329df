def f(a, b, c, d):
    return a
f(1)
