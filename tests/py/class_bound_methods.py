class A:
    def m(self, x=1):
        return ("m", x)
a = A()
m1 = a.m
m2 = a.m
print(m1 == m2, m1 is m2, hash(m1) == hash(m2), m1(), m2(5))
print(A.m(a, 7), A.m is A.__dict__['m'], type(m1).__name__)
b = A()
print(a.m == b.m)
f = a.m
del a
print(f(3))
methods = [A().m for _ in range(3)]
print([mm(i) for i, mm in enumerate(methods)])
class B:
    def __init__(self):
        self.callback = self.handle
    def handle(self, v):
        return v * 2
print(B().callback(21))
print(getattr(B(), 'handle')(4))
