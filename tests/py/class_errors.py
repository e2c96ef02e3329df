class A:
    pass
try:
    A(1)
except TypeError as e:
    print("TypeError:", e)
try:
    A(x=1)
except TypeError as e:
    print("TypeError:", e)
class B:
    def __init__(self):
        return 5
try:
    B()
except TypeError as e:
    print("TypeError:", e)
class C:
    def __init__(self, a, b=2):
        self.a = a
try:
    C()
except TypeError as e:
    print("TypeError:", e)
try:
    C(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    A().missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del A().missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    A.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del A.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    class D(1): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class E(foo=3): pass
except TypeError as e:
    print("TypeError:", e)
try:
    object.__init__(A(), 1)
except TypeError as e:
    print("TypeError:", e)
try:
    A().x = A.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    C.__init__()
except TypeError as e:
    print("TypeError:", e)
class F:
    def m(self):
        pass
try:
    F().m(1)
except TypeError as e:
    print("TypeError:", e)
try:
    F.m()
except TypeError as e:
    print("TypeError:", e)
