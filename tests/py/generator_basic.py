def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(4)))
g = count(2)
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g), next(g), next(g, "done"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def lazy():
    print("started")
    yield 1
    print("resumed")
    yield 2
    print("ending")
g = lazy()
print("created")
for v in g:
    print("got", v)
def ret():
    yield 1
    return "done"
print(list(ret()))
def empty():
    return
    yield
print(list(empty()))
def gen_args(*a, **k):
    yield a
    yield k
print(list(gen_args(1, 2, x=3)))
def nested_gen():
    for i in range(3):
        for j in range(i):
            yield i, j
print(list(nested_gen()))
print(iter(g) is g)
