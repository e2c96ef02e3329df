def g():
    yield 1
    raise StopIteration("explicit")
print(list(g()))
