def f(a, b=2, *args, c, d=4, **kw):
    "Docstring of f."
    return a
print(f.__name__, f.__qualname__, f.__module__)
print(f.__doc__)
print(f.__defaults__)
print(f.__kwdefaults__)
print(f.__globals__ is globals())
print(f.__dict__)
print(f.__annotations__)
def g(x: int, y: "str" = "a") -> list:
    return [x, y]
print(g.__annotations__)
def nod():
    pass
print(nod.__defaults__, nod.__kwdefaults__, nod.__doc__)
def outer():
    def inner():
        def innermost():
            pass
        return innermost
    return inner
print(outer().__qualname__, outer()().__qualname__)
print(outer.__qualname__, outer()().__name__)
f.__defaults__ = (10,)
print(f(1, c=0), f.__defaults__)
def h(a, b=5):
    return a + b
h.__defaults__ = (100,)
print(h(1))
h.__defaults__ = None
print(h.__defaults__)
def k(*, z=1):
    return z
k.__kwdefaults__ = {"z": 42}
print(k())
print(type(f.__globals__).__name__, "f" in f.__globals__)
