# __slots__ members are member_descriptor objects with __name__,
# __qualname__ and __objclass__.
class P:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
print(P.__slots__, P.a.__name__, P.b.__qualname__, P.a.__objclass__ is P, type(P.a).__name__)
print(P.a, [getattr(P, n).__name__ for n in P.__slots__])
p = P()
print(P.a.__get__(p, P))
try:
    P.b.__get__(p, P)
except AttributeError as e:
    print(e)
