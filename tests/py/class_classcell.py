class A:
    def get_class(self):
        return __class__
    def name(self):
        return __class__.__name__
class B(A):
    def get_class(self):
        return __class__, super().get_class()
print(A().get_class() is A, B().get_class() == (B, A), B().name())
def make():
    class Local:
        def who(self):
            return __class__.__qualname__
    return Local
print(make()().who())
class C:
    def f(self):
        def inner():
            return __class__
        return inner()
print(C().f() is C)
