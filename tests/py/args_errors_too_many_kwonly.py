def f(a, *, k=1):
    return a
f(1, 2, k=3)
