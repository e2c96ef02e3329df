# __hash__ and __eq__ drive dict and set membership.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P{self.x}{self.y}"

d = {Point(1, 2): 'a', Point(3, 4): 'b'}
print(d[Point(1, 2)], d.get(Point(3, 4)), Point(5, 6) in d, len(d))
d[Point(1, 2)] = 'c'
print(d)
s = {Point(0, 0), Point(0, 0), Point(1, 1)}
print(len(s), Point(1, 1) in s, sorted(s, key=lambda p: p.x))

class EqNoHash:
    def __eq__(self, o):
        return True
print(EqNoHash.__hash__)
for thing in [lambda: hash(EqNoHash()), lambda: {EqNoHash()}, lambda: {EqNoHash(): 1}]:
    try:
        thing()
    except TypeError as e:
        print('TypeError:', e)

class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), {p: 1}[p], Plain.__hash__ is object.__hash__)

class Unhash:
    __hash__ = None
try:
    hash(Unhash())
except TypeError as e:
    print('TypeError:', e)

class Inherit(Point):
    pass
print(hash(Inherit(1, 2)) == hash(Point(1, 2)), Inherit(1, 2) in d)

class EqInheritsHash(Point):
    def __eq__(self, o):
        return False
try:
    hash(EqInheritsHash(1, 2))
except TypeError as e:
    print('TypeError:', e)

class ExplicitHash(Point):
    def __eq__(self, o):
        return super().__eq__(o)
    __hash__ = Point.__hash__
print(hash(ExplicitHash(1, 2)) == hash((1, 2)))

class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
class BadHash:
    def __hash__(self):
        return 'x'
try:
    hash(BadHash())
except TypeError as e:
    print('TypeError:', e)
class BoolHash:
    def __hash__(self):
        return True
print(hash(BoolHash()))

calls = []
class Counted:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        calls.append('hash')
        return self.k
    def __eq__(self, o):
        calls.append('eq')
        return self.k == o.k
c1, c2 = Counted(7), Counted(7)
dd = {c1: 1}
print(dd[c2], calls)
