# Rich comparisons: all six, reflection, NotImplemented, __ne__ from __eq__.
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"V({self.v})"
    def __eq__(self, o):
        print('  eq', self, o)
        return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        print('  lt', self, o)
        if not isinstance(o, V):
            return NotImplemented
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    __hash__ = None

print(V(1) == V(1), V(1) != V(1), V(1) != V(2))
print(V(1) < V(2), V(2) > V(1), V(1) <= V(1), V(2) >= V(3))
print(sorted([V(3), V(1), V(2)]))
print(min(V(5), V(4)), max([V(5), V(7), V(6)]))
try:
    V(1) < 5
except TypeError as e:
    print('TypeError:', e)
try:
    V(1) > 'x'
except TypeError as e:
    print('TypeError:', e)
print(V(1) == 1, 1 == V(1))
print(V(2) in [V(1), V(2)], V(9) in [V(1)])

class Always:
    def __eq__(self, o):
        return 'yes'
    def __ne__(self, o):
        return 'no'
print(Always() == 1, Always() != 1, 1 == Always(), 1 != Always())

class Rich:
    def __lt__(self, o):
        return [1, 2]
print(Rich() < 1, 1 > Rich())
if Rich() < 1:
    print('truthy list result')

class Base:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return 'Base.__lt__'
    def __gt__(self, o):
        return 'Base.__gt__'
class Derived(Base):
    def __gt__(self, o):
        return 'Derived.__gt__'
print(Base(1) < Derived(2))
print(Derived(1) < Base(2))

class NoEq:
    pass
a = NoEq()
print(a == a, a == NoEq(), a != a, a != NoEq())
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return NotImplemented if not isinstance(o, EqOnly) else self.v == o.v
print(EqOnly(1) != EqOnly(1), EqOnly(1) != EqOnly(2), EqOnly(1) == 3, EqOnly(1) != 3)
print(V.__eq__(V(1), V(1)), V.__ne__(V(1), V(2)), object.__eq__(a, a), object.__ne__(a, a))
print(NoEq.__eq__(a, 5), NoEq.__ne__(a, 5))
