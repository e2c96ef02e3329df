# list.sort / sorted on tuples whose first items are all ints or all strs
# (the specialised first-item comparison) and the cases that must not take it
from collections import namedtuple


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        yield seed


g = lcg(7)
ints = [(next(g) % 50, next(g) % 7, i) for i in range(3000)]
print(sorted(ints)[:5], sorted(ints)[-3:], sorted(ints, reverse=True)[:3])
strs = [("k%02d" % (next(g) % 40), next(g) % 5, "v%d" % i) for i in range(3000)]
print(sorted(strs)[:4], sorted(strs, reverse=True)[:2])
print(sorted(strs, key=lambda t: (t[1], t[0]))[:3])
# stability: equal tuples keep their order (compared by the key only)
pairs = [((i % 5, "x"), i) for i in range(40)]
print([v for _, v in sorted(pairs, key=lambda p: p[0])])
# negative and large small ints, big ints mixed in the first position
mixed = [(v, i) for i, v in enumerate([3, -2, 10 ** 30, -(10 ** 25), 0, 7, -2, 2 ** 62, -(2 ** 62)] * 5)]
print(sorted(mixed)[:6], sorted(mixed)[-3:])
# bools and floats among the first items
bf = [(True, 1), (0, 2), (1, 0), (False, 5), (0.5, 3), (-1, 9), (1.0, -1)]
print(sorted(bf))
nan = float("nan")
print(sorted([(1, nan), (1, 2.0), (0, nan), (1, 1.0)])[:2])
# ties on the first item defer to the rest, which can fail
try:
    sorted([(1, "a"), (1, 2), (0, None)])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([("a", 1), ("a", None), ("b", 0)])
except TypeError as e:
    print("TypeError", e)
# different first-item types fall back to the generic comparison
try:
    sorted([(1, 0), ("a", 0)])
except TypeError as e:
    print("TypeError", e)
# the empty tuple and tuples of different lengths
print(sorted([(2,), (), (1, 5), (1,), (1, 5, 0), (0, 9)]))
# tuple subclasses (namedtuple) and user classes with __lt__ after the first item
P = namedtuple("P", "a b")
print(sorted([P(2, 1), P(1, 3), P(1, 2)]))


class Rev:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v

    def __eq__(self, other):
        return self.v == other.v

    def __repr__(self):
        return "Rev(%d)" % self.v


print(sorted([(1, Rev(1)), (0, Rev(5)), (1, Rev(3)), (1, Rev(2))]))
lst = [(i % 3, -i) for i in range(20)]
lst.sort()
print(lst)
lst.sort(key=None, reverse=True)
print(lst[:5])
words = ["pear", "Apple", "fig", "apple", "Fig", "banana"]
print(sorted(words, key=lambda w: (w.lower(), w)), sorted(words, key=lambda w: (len(w), w), reverse=True))
