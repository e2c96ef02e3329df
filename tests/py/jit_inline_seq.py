# Inline list/tuple iteration, unpacking, list item stores and float
# powers in compiled code, each warmed up and then given what its guards
# reject.

def iterate(seq):
    total = 0
    for x in seq:
        total += x
    return total

for _ in range(30000):
    iterate([1, 2, 3, 4])
    iterate((5, 6, 7))
print(iterate([1, 2, 3]), iterate((4, 5)), iterate([]), iterate(()))
print(iterate(range(5)), iterate({1: 'a', 2: 'b'}), iterate([1.5, 2]))

def grow(n):
    out = []
    src = [0]
    for x in src:
        out.append(x)
        if len(src) < n:
            src.append(x + 1)
    return out

for _ in range(20000):
    grow(5)
print(grow(10))

def shrink():
    src = list(range(10))
    seen = []
    for x in src:
        seen.append(x)
        if x == 3:
            src.clear()
    return seen

for _ in range(20000):
    shrink()
print(shrink())

def exhausted_iter():
    it = iter([1, 2])
    first = [x for x in it]
    second = [x for x in it]
    return first, second

for _ in range(20000):
    exhausted_iter()
print(exhausted_iter())

def unpack_pairs(pairs):
    s = 0
    for a, b in pairs:
        s += a * 10 + b
    return s

def unpack_three(items):
    s = 0
    for a, b, c in items:
        s += a + b * c
    return s

def unpack_list(items):
    out = []
    for [x, y, z] in items:
        out.append(z - x + y)
    return out

for _ in range(30000):
    unpack_pairs([(1, 2), (3, 4)])
    unpack_three([(1, 2, 3), [4, 5, 6]])
    unpack_list([[1, 2, 3], [4, 5, 6]])
print(unpack_pairs([(1, 2), (3, 4)]), unpack_pairs([[5, 6], iter((7, 8))]))
print(unpack_three([(1, 2, 3), [4, 5, 6], range(3)]))
print(unpack_list([[1, 2, 3], (4, 5, 6)]))
for bad in ([(1, 2, 3)], [(1,)], [5]):
    try:
        unpack_pairs(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

class Counted:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("del", self.tag)

def store(lst, i, v):
    lst[i] = v
    return lst

def store_loop(lst, n):
    for i in range(n):
        lst[i % len(lst)] = i * 2
        lst[-1] = -i
    return lst

for _ in range(30000):
    store([0, 0, 0], 1, 5)
    store_loop([0, 0, 0], 4)
print(store([0, 0, 0], -1, 7), store_loop([1, 2, 3, 4], 10))
l = [Counted("a"), Counted("b")]
store(l, 0, "x")
print(l[1].tag)
store(l, 1, "y")
print(l)
for args in (([1], 1, 0), ([1], -2, 0), ((1, 2), 0, 0), ({}, "k", 1)):
    try:
        print(store(*args))
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

class L(list):
    pass
print(store(L([1, 2]), 0, 9), type(store(L([1]), 0, 2)).__name__)

def powers(xs, e):
    out = []
    for x in xs:
        out.append(x ** e)
    return out

for _ in range(30000):
    powers([1.5, 2.0, 4.0], -1.5)
    powers([2.0], 3)
print(powers([1.5, 2.0, 4.0], -1.5), powers([2.0, 0.5], 3), powers([1.0], float("inf")))
print(powers([2.0], 0.0), powers([float("inf")], 2.0), powers([float("nan")], 0), powers([0.0], 2.0))
print(powers([-8.0], 1 / 3))
print(powers([-2.0], 2), powers([2.0], 0.5), powers([3], 2.0), powers([True], 2.0))
for xs, e in (([0.0], -1.0), ([10.0], 400.0), ([1e308], 2)):
    try:
        print(powers(xs, e))
    except (ZeroDivisionError, OverflowError) as ex:
        print(type(ex).__name__, ex)
