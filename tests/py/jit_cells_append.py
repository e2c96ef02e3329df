# LOAD_DEREF and LIST_APPEND inline in compiled code (their slow paths:
# an empty cell's NameError, a list without room).
def outer(n):
    k = 3
    def inner(xs):
        out = []
        for x in xs:
            out.append(x * k)
        return out
    return inner
f = outer(1)
for _ in range(40000):
    f([1, 2, 3])
print(f([4, 5]), f(range(3)), len(f(list(range(1000)))))
def late():
    res = []
    for i in range(3):
        res.append(lambda: v)
    try:
        res[0]()
    except NameError as e:
        print(e)
    v = 5
    return [r() for r in res]
print(late())
def comp(xs, m):
    return [[x * m for x in xs] for _ in range(2)]
for _ in range(20000):
    comp([1, 2], 3)
print(comp([1, 2, 3], 2))
def app(l, extra):
    for e in extra:
        l.append(e)
    return l
for _ in range(20000):
    app([], [1, 2, 3, 4, 5, 6, 7, 8, 9])
print(app([0], "abc"), len(app([], range(100))))
