def f():
    return f.count
f.count = 5
print(f())
f.count += 1
print(f.count)
print(f.__dict__)
f.tags = ["a"]
print(sorted(f.__dict__))
def g():
    pass
print(g.__dict__)
g.__dict__["x"] = 3
print(g.x)
def h():
    "doc of h"
    return 1
print(h.__doc__)
h.__doc__ = "changed"
print(h.__doc__)
h.__name__ = "renamed"
print(h.__name__, h.__qualname__)
h.__qualname__ = "Q.h"
print(h.__qualname__)
print(getattr(f, "count"), hasattr(f, "nope"), getattr(f, "nope", "dflt"))
setattr(f, "y", 9)
print(f.y)
delattr(f, "y")
print(hasattr(f, "y"))
