class A:
    def f(self): return "A.f"
    x = 1
class B(A): pass
b = B()
r = []
for i in range(3):
    r.append((b.f(), b.x))
A.f = lambda self: "new A.f"
A.x = 2
r.append((b.f(), b.x))
B.f = lambda self: "B.f"
r.append((b.f(), B.x))
del B.f
r.append(b.f())
del A.x
r.append(hasattr(b, 'x'))
print(r)
def call_many(o):
    return [o.f() for _ in range(3)]
print(call_many(b))
A.f = lambda self: "third"
print(call_many(b))
b.f = lambda: "instance"
print(call_many(b))
