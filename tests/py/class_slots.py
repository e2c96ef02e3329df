class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, '__dict__'))
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
print(type(P.x).__name__, P.__slots__)
class Q(P):
    pass
q = Q(1, 2)
q.extra = 5
print(q.x, q.extra, q.__dict__)
class R:
    __slots__ = 'only'
r = R()
r.only = 'yes'
print(r.only)
class S:
    __slots__ = ('__hidden',)
    def __init__(self):
        self.__hidden = 1
    def get(self):
        return self.__hidden
print(S().get(), '_S__hidden' in S.__dict__)
try:
    class T:
        __slots__ = ('a',)
        a = 1
except ValueError as e:
    print("ValueError:", e)
