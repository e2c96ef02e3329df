# In-place operators: __iadd__ and friends, falling back to __add__.
class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Acc({self.v})"
    def __iadd__(self, o):
        self.v += o
        return self
    def __isub__(self, o):
        self.v -= o
        return self
    def __imul__(self, o):
        self.v *= o
        return self
    def __itruediv__(self, o):
        self.v /= o
        return self
    def __ifloordiv__(self, o):
        self.v //= o
        return self
    def __imod__(self, o):
        self.v %= o
        return self
    def __ipow__(self, o):
        self.v **= o
        return self
    def __ilshift__(self, o):
        self.v <<= o
        return self
    def __irshift__(self, o):
        self.v >>= o
        return self
    def __iand__(self, o):
        self.v &= o
        return self
    def __ior__(self, o):
        self.v |= o
        return self
    def __ixor__(self, o):
        self.v ^= o
        return self
    def __imatmul__(self, o):
        self.v = ('matmul', self.v, o)
        return self

a = Acc(10)
orig = a
a += 5; print(a, a is orig)
a -= 3; print(a)
a *= 4; print(a)
a //= 5; print(a)
a %= 7; print(a)
a **= 3; print(a)
a <<= 2; print(a)
a >>= 1; print(a)
a &= 0xff; print(a)
a |= 0x100; print(a)
a ^= 0x1; print(a)
a /= 2; print(a)
a @= 'm'; print(a, a is orig)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
    def __repr__(self):
        return f"OnlyAdd({self.v})"
b = OnlyAdd(1)
c = b
b += 2
print(b, c, b is c)

class NotImpl:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return 'fell back to __add__'
x = NotImpl()
x += 1
print(x)

class Nothing:
    pass
y = Nothing()
try:
    y += 1
except TypeError as e:
    print('TypeError:', e)
try:
    y -= 1
except TypeError as e:
    print('TypeError:', e)

class Lst:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.extend(other)
        return self
l = Lst()
l += [1, 2]
l += (3,)
print(l.items)
d = {'k': Acc(1)}
d['k'] += 10
print(d)
class Holder:
    pass
h = Holder()
h.acc = Acc(2)
h.acc *= 21
print(h.acc)
