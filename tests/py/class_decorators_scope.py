def register(cls):
    cls.registered = True
    return cls
def wrap(name):
    def deco(cls):
        cls.label = name
        return cls
    return deco
@register
@wrap("hello")
class A:
    pass
print(A.registered, A.label)
x = "global x"
def f():
    x = "f local"
    class C:
        y = x
        def m(self):
            return x
    return C
C = f()
print(C.y, C().m())
def g():
    x = "g local"
    class D:
        x = "class x"
        def m(self):
            return x
        z = x
    return D
D = g()
print(D.x, D.z, D().m())
class E:
    a = 1
    b = [a * i for i in range(3)] if False else None
    c = a + 1
print(E.a, E.b, E.c)
class Outer:
    class Inner:
        def m(self):
            pass
    def meth(self):
        class Local:
            pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer().meth().__qualname__)
print(Outer.Inner)
class WithDoc:
    "the doc"
    n = __doc__
print(WithDoc.n, WithDoc.__doc__)
class Mangle:
    __secret = 1
    def get(self):
        return self.__secret, Mangle.__secret
    def set(self):
        self.__v = 5
        return self.__dict__
print(Mangle().get(), Mangle().set(), '_Mangle__secret' in Mangle.__dict__)
class _Under:
    def __m(self): return "ok"
    def call(self): return self.__m()
print(_Under().call(), hasattr(_Under, '_Under__m'))
