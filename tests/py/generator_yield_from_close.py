log = []
def inner():
    try_count = 0
    yield 1
    yield 2
    log.append("inner end")
def outer():
    yield from inner()
    log.append("outer after")
    yield 3
g = outer()
print(next(g))
g.close()
print(log)
print(next(g, "closed"))
ig = inner()
def outer2():
    yield from ig
o = outer2()
print(next(o))
o.close()
print(next(ig, "inner closed too"))
