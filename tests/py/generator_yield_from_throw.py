def inner():
    yield 1
    yield 2
def outer():
    yield from inner()
    yield 3
g = outer()
print(next(g))
g.throw(ValueError("into inner"))
