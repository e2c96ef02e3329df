# CONTAINS_OP_SET's small-int probe and the contains + jump fusion: keys
# whose equal entries are not the identical value (True, 3.0, big ints),
# hashes -1/-2, dummies left by discard, a site that sees a set, then a
# frozenset, a dict, a list and a set subclass with __contains__.


def probe(c, keys):
    out = []
    for k in keys:
        if k in c:
            out.append(k)
        if k not in c:
            out.append(("not", k))
        out.append(k in c)
    return out


keys = [0, 1, 2, 3, -1, -2, 7, 8, 15, 16, 2**40, -(2**40)]
print(probe({True, 3.0, -1}, keys))
print(probe({-2}, keys))
print(probe({-1, -2}, keys))
print(probe(frozenset({1.0, 8, 2**40}), keys))
print(probe({1: "a", 3: "b"}, keys))
print(probe([3, 7], keys))


class Odd(set):
    def __contains__(self, k):
        return k % 2 == 1


print(probe(Odd({0, 2}), keys))

# Dummies: add and discard until the table is full of them.
s = set()
seen = 0
for rnd in range(50):
    for i in range(rnd % 13):
        s.add(i * 8)
    for i in range(rnd % 13):
        if i * 8 in s:
            seen += 1
        if i * 8 + 1 in s:
            seen += 100
        s.discard(i * 8)
    if 0 in s or 8 in s:
        seen += 10000
print(seen, s)

# Big tables, negative keys, and keys that collide with their mask.
big = set(range(-500, 500, 3))
print(sum(1 for i in range(-600, 600) if i in big), sum(1 for i in range(-600, 600) if i not in big))
big.add(1.5)
big.add(2.0)
print(2 in big, 1 in big, -500 in big, -499 in big)


# A set replaced by another container at the same site.
def member(c, k):
    return k in c


for c in ({1, 2}, {1, 2}, {1, 2}, {1: 0}, "12", frozenset([2]), (1,), {True}):
    print(type(c).__name__, member(c, 1) if not isinstance(c, str) else member(c, "1"))

try:
    print([] in {1, 2})
except TypeError as e:
    print("TypeError", e)
try:
    print([] in {1: 2})
except TypeError as e:
    print("TypeError", e)
