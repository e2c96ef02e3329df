class A: pass
class B(A): pass
class C: pass
a, b, c = A(), B(), C()
print(isinstance(b, A), isinstance(a, B), isinstance(c, (A, B)), isinstance(c, (A, C)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(B, object))
print(isinstance(A, type), isinstance(b, object), issubclass(type, object))
class E(Exception): pass
print(isinstance(E(), Exception), issubclass(E, BaseException))
class L(list): pass
print(isinstance(L(), list), issubclass(L, list), isinstance([], L))
try:
    isinstance(a, 5)
except TypeError as e:
    print("TypeError:", e)
print(type(b) == B, type(b) == A, type(B) is type)
