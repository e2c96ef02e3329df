class A:
    def f(self, x):
        return "A.f(%s)" % x
    @classmethod
    def cm(cls):
        return "A.cm " + cls.__name__
    @staticmethod
    def sm():
        return "A.sm"
class B(A):
    def f(self, x):
        return "B.f>" + super().f(x)
    @classmethod
    def cm(cls):
        return "B.cm>" + super().cm()
    def g(self):
        return super(B, self).f(1)
    def h(self):
        return super().sm()
class C(B):
    def f(self, x):
        return "C.f>" + super().f(x + 1)
c = C()
print(c.f(1))
print(C.cm(), c.cm())
print(c.g(), c.h())
print(super(C, c).f(5))
print(super(B, C).cm())
s = super(C, c)
print(repr(s))
print(s.__thisclass__, s.__self__ is c, s.__self_class__)
def outside():
    return super().f(1)
try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(C, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    super(1)
except TypeError as e:
    print("TypeError:", e)
class D(A):
    def f(self, x):
        fn = lambda: super(D, self).f(x)
        return fn()
    def uses_class(self):
        return __class__
print(D().f(9), D().uses_class() is D)
try:
    super(C, c).nothere
except AttributeError as e:
    print("AttributeError:", e)
