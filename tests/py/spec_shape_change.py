# Instances of one class with different attribute orders, attributes
# added and deleted, __dict__ replaced or written directly.
class P:
    pass

def make(order):
    p = P()
    for name in order:
        setattr(p, name, name.upper())
    return p

def getx(p):
    return p.x

def setx(p, v):
    p.x = v

ps = [make("xyz"), make("zyx"), make("yx"), make("x")]
for _ in range(20):
    print([getx(p) for p in ps], end=" ")
print()
for i, p in enumerate(ps):
    setx(p, i)
print([getx(p) for p in ps], [sorted(vars(p)) for p in ps])

class Q:
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def total(self):
        return self.a + self.b

qs = [Q(i, i * 2) for i in range(50)]
print(sum(q.total() for q in qs))
q = qs[10]
del q.a
try:
    q.total()
except AttributeError as e:
    print("AttributeError:", e)
q.a = 100
print(q.total(), list(q.__dict__))
q.__dict__["b"] = -1
print(q.total())
q.__dict__ = {"a": 1, "b": 2}
print(q.total(), q.a, q.b)
q.__dict__.clear()
try:
    print(q.total())
except AttributeError as e:
    print("AttributeError:", e)
q.__dict__.update(a=5, b=6)
print(q.total())
# Many attributes, deleted and re-added in different orders.
r = Q(1, 2)
for i in range(40):
    setattr(r, "f%d" % i, i)
for i in range(0, 40, 3):
    delattr(r, "f%d" % i)
print(r.total(), sum(getattr(r, "f%d" % i) for i in range(40) if i % 3), len(vars(r)))
for i in range(0, 40, 3):
    setattr(r, "f%d" % i, -i)
print(sum(getattr(r, "f%d" % i) for i in range(40)))
# The same site over different classes, and a class whose instances have no dict.
class Slotted:
    __slots__ = ("x",)
    def __init__(self):
        self.x = "slot"
class Other:
    def __init__(self):
        self.x = "other"
mixed = [P() for _ in range(3)] + [Slotted(), Other()]
for m in mixed[:3]:
    m.x = "p"
print([getx(m) for m in mixed * 5][-5:])
for m in mixed:
    setx(m, 42)
print([getx(m) for m in mixed])
try:
    setx(1, 2)
except AttributeError as e:
    print("AttributeError:", e)
