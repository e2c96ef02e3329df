# reprlib: Repr limits, the module-level repr, recursive_repr.
import reprlib
import collections
import array

r = reprlib.repr
print(r("x" * 100))
print(r("short"))
print(r(list(range(20))))
print(r(tuple(range(3))), r((1,)), r(()))
print(r({i: str(i) for i in range(10)}))
print(r(set(range(10))), r(set()), r(frozenset(range(3))), r(frozenset()))
print(r(2 ** 300))
print(r([[[[[[[[1]]]]]]]]))
print(r({"a": {"b": {"c": {"d": {"e": {"f": {"g": 1}}}}}}}))
print(r(collections.deque(range(10))))
print(r(array.array("i", range(10))), r(array.array("d")))
print(r({3, (1,), 2}))


class Big:
    def __repr__(self):
        return "Big(" + "z" * 50 + ")"


class Broken:
    def __repr__(self):
        raise ValueError


print(r(Big()))
print(r(Broken()).startswith("<Broken instance at 0x"))
rp = reprlib.Repr()
rp.maxlist = 2
rp.maxstring = 10
rp.maxlevel = 2
rp.fillvalue = "~"
print(rp.repr([1, 2, 3, [4, [5, [6]]]]), rp.repr("abcdefghijklmnop"))
print(rp.repr(["abcdefghijklmnop"]))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%s, %r)" % (self.name, self.children)


n = Node("a")
n.children.append(Node("b"))
n.children.append(n)
print(repr(n))
print(Node.__repr__.__name__, Node.__repr__.__qualname__)


class Custom:
    @reprlib.recursive_repr("<loop>")
    def __repr__(self):
        return "C[" + repr(self.me) + "]"


c = Custom()
c.me = c
print(repr(c))


class MyRepr(reprlib.Repr):
    def repr_int(self, x, level):
        return "int:" + str(x)


print(MyRepr().repr([1, 2]))
