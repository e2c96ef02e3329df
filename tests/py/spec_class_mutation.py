# Sites specialised on a class keep giving the right answer after the
# class (or a base class) is changed.
class Base:
    kind = "base"
    def greet(self):
        return "hello from Base"

class Child(Base):
    def __init__(self, n):
        self.n = n

def greet_all(objs):
    return [o.greet() for o in objs]

def kinds(objs):
    return [o.kind for o in objs]

def cls_kind():
    return Child.kind

objs = [Child(i) for i in range(3)]
for _ in range(30):
    g = greet_all(objs)
    k = kinds(objs)
    c = cls_kind()
print(g, k, c)

Base.greet = lambda self: "patched Base %d" % self.n
print(greet_all(objs))
Child.greet = lambda self: "patched Child %d" % self.n
print(greet_all(objs))
del Child.greet
print(greet_all(objs))
Base.kind = "changed"
print(kinds(objs), cls_kind())
Child.kind = "child"
print(kinds(objs), cls_kind())
# An instance attribute shadows the class's method afterwards.
objs[1].greet = lambda: "instance greet"
print(greet_all(objs))
del objs[1].greet
print(greet_all(objs))
# A property added later wins over the instance dict.
def get_n(self):
    return self.m * 100
for _ in range(30):
    r = [o.n for o in objs]
print(r)
for o in objs:
    o.m = o.n
Child.n = property(get_n, lambda self, v: setattr(self, "m", v))
print([o.n for o in objs])
for o in objs:
    o.n = 7
print([o.n for o in objs], [o.__dict__ for o in objs])
del Child.n
print([o.n for o in objs])

# __getattr__ added after specialisation: only for missing attributes.
class G:
    def __init__(self):
        self.a = 1
def geta(o):
    return o.a
def getb(o):
    try:
        return o.b
    except AttributeError as e:
        return "AttributeError: %s" % e
g = G()
for _ in range(30):
    x = geta(g), getb(g)
print(x)
G.__getattr__ = lambda self, name: "dynamic " + name
print(geta(g), getb(g))
G.__getattribute__ = lambda self, name: "everything " + name
print(geta(g), getb(g))

# Methods on builtin types through a site that then sees other types.
def up(x):
    return x.upper()
print([up(s) for s in ["a", "b", "c"] * 10][-3:])
class U:
    def upper(self):
        return "custom"
print(up(U()), up("q"), up(b"bytes"))
