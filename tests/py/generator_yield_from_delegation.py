def inner():
    got = []
    while True:
        v = yield len(got)
        if v == "stop":
            return got
        got.append(v)
def outer():
    res = yield from inner()
    yield ("inner done", res)
g = outer()
print(next(g))
print(g.send("x"))
print(g.send("y"))
print(g.send("stop"))
print(next(g, "end"))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))
def tree(n):
    if n == 0:
        yield "leaf"
        return
    yield "node%d" % n
    yield from tree(n - 1)
    yield from tree(n - 1)
print(list(tree(2)))
def yf_iter():
    yield from iter([10, 20])
    yield from {"k": 1}
print(list(yf_iter()))
def flatten(x):
    if type(x) is list:
        for e in x:
            yield from flatten(e)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
