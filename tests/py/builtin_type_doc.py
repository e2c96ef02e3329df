# __doc__ exists on every builtin type and on instances (a str in CPython;
# None or a str in coil, never an AttributeError).
for t in (int, str, list, dict, set, tuple, float, bytes, type, object, range, enumerate, zip):
    d = getattr(t, "__doc__", "missing")
    print(t.__name__, d != "missing" and (d is None or isinstance(d, str)))
print(hasattr((5).__class__, "__doc__"), hasattr([], "__doc__"))
class C:
    "doc of C"
class D:
    pass
print(C.__doc__, D.__doc__, C().__doc__, D().__doc__)
