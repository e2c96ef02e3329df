# a bound method's __doc__ is its function's docstring
class A:
    def f(self):
        """doc f"""
    def g(self):
        'doc g'
    def h(self):
        pass
    @classmethod
    def c(cls):
        "class doc"
a = A()
print(A.f.__doc__, a.f.__doc__, a.g.__doc__, a.h.__doc__, a.c.__doc__, A.c.__doc__)
def func():
    "plain"
a.f.__func__.__doc__ = 'changed'
print(a.f.__doc__, getattr(a.g, '__doc__'), [].append.__doc__ is not None)
