# type() of builtin values prints <class '...'>; types compare by identity.
for v in [1, 10 ** 30, True, 1.5, "s", [], (), {}, None, range(1), slice(1), len, type]:
    print(type(v))
print(type(1) == int, type(True) == int, type(True) is bool, type(1.0) is float, type("") is str)
print(type(type(1)), int, str, float, bool, list, tuple, dict, range)
print(type(1)(5), type("")(12), type([])("ab"))
def f():
    pass
print(type(f), type(print))
