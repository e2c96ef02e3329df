# FOR_ITER_ENUMERATE fused with UNPACK_SEQUENCE 2 in compiled code (no tuple),
# then given iterators that are not exact enumerate objects.
def f(seq):
    s = 0
    for i, x in enumerate(seq):
        s += i * x
    return s
def g(seq):
    out = []
    for i, (a, b) in enumerate(seq):
        out.append(i + a + b)
    return out
for _ in range(20000):
    f([1, 2, 3])
    g([(1, 2), (3, 4)])
print(f([5, 6, 7]), f(range(4)), f(iter([1, 2])), g([(1, 1)]))
print(f(x for x in [1, 2]))
try:
    f(5)
except TypeError as e:
    print(e)
def bad():
    for i, x in enumerate([1, 2]):
        pass
    for i, x in [(1, 2), (3, 4, 5)]:
        pass
try:
    bad()
except ValueError as e:
    print(e)
class E(enumerate): pass
def h(e):
    t = 0
    for i, x in e:
        t += i + x
    return t
for _ in range(20000): h(enumerate([1, 2]))
print(h(E([3, 4])), h(zip([1, 2], [3, 4])), h({1: 2}.items()))
