A = type("A", (), {"x": 1, "f": lambda self: self.x + 1})
a = A()
print(a.x, a.f(), A.__name__, A.__bases__, A)
B = type("B", (A,), {})
print(B().f(), B.__mro__)
print(type(5), type("s"), type(a) is A, type(A), type(type))
try:
    type("X", 1, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["added"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class M(metaclass=Meta):
    pass
print(M.added, type(M).__name__, isinstance(M, Meta))
class N(M): pass
print(N.added, type(N).__name__)
