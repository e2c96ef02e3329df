# Set operators and comparisons with set/frozenset subclasses on either side.
class MySet(set):
    pass

class MyFS(frozenset):
    pass

class IterSet(set):
    def __iter__(self):
        return iter([99])

def show(label, v):
    print(label, type(v).__name__, sorted(v))

for op in ("|=", "&=", "-=", "^="):
    for rhs in ({2, 3}, frozenset({2, 3}), MySet({2, 3}), MyFS({2, 3})):
        ms = MySet([1, 2])
        ident = ms
        exec("ms " + op + " rhs")
        show("MySet " + op + " " + type(rhs).__name__, ms)
        print(" same object:", ms is ident)
        s = {1, 2}
        exec("s " + op + " rhs")
        show("set " + op + " " + type(rhs).__name__, s)
        f = MyFS([1, 2])
        exec("f " + op + " rhs")
        show("MyFS " + op + " " + type(rhs).__name__, f)
        fz = frozenset([1, 2])
        exec("fz " + op + " rhs")
        show("frozenset " + op + " " + type(rhs).__name__, fz)

for op in ("|", "&", "-", "^"):
    for a in (MySet([1, 2]), MyFS([1, 2]), {1, 2}, frozenset([1, 2])):
        for b in (MySet([2, 3]), MyFS([2, 3]), {2, 3}, frozenset([2, 3])):
            show(type(a).__name__ + " " + op + " " + type(b).__name__, eval("a " + op + " b"))

# comparisons between the kinds
a, b = MySet([1, 2]), MyFS([1, 2])
print(a == b, a == {1, 2}, b == frozenset([1, 2]), a <= {1, 2, 3}, b < {1, 2, 3}, a >= {1}, a > b)
print({1, 2} == a, frozenset([1]) < a, a != MySet([1]))
print(a.issubset(MySet([1, 2, 5])), a.isdisjoint(MyFS([7])), b.issuperset(MySet([1])))

# a subclass overriding __iter__ is merged by its table, as CPython does
s = {1}
s |= IterSet([5])
show("set |= IterSet", s)
s = set()
s.update(IterSet([6]))
show("update(IterSet)", s)

# errors still raised for non-sets
ms = MySet([1])
for bad in ([2], (2,), "ab", 3):
    try:
        ms |= bad
    except TypeError as e:
        print("TypeError:", e)
try:
    MyFS([1]) & [1]
except TypeError as e:
    print("TypeError:", e)
