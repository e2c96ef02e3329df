def g():
    yield 1
    next(iter([]))
    yield 2
it = g()
print(next(it))
next(it)
