# Operator overloading on a 2-D vector class.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"
    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(self.x + other.x, self.y + other.y)
        return NotImplemented
    def __sub__(self, other):
        if isinstance(other, Vector):
            return Vector(self.x - other.x, self.y - other.y)
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k)
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vector(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vector(self.x % k, self.y % k)
    def __pow__(self, n, mod=None):
        if mod is None:
            return Vector(self.x ** n, self.y ** n)
        return Vector(pow(self.x, n, mod), pow(self.y, n, mod))
    def __matmul__(self, other):
        return self.x * other.y - self.y * other.x
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __pos__(self):
        return Vector(+self.x, +self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return Vector(self.y, self.x)
    def __and__(self, o): return ('and', o)
    def __or__(self, o): return ('or', o)
    def __xor__(self, o): return ('xor', o)
    def __lshift__(self, n): return Vector(self.x << n, self.y << n)
    def __rshift__(self, n): return Vector(self.x >> n, self.y >> n)
    def __eq__(self, other):
        return isinstance(other, Vector) and self.x == other.x and self.y == other.y
    def __hash__(self):
        return hash((self.x, self.y))
    def __bool__(self):
        return bool(self.x or self.y)

a = Vector(1, 2)
b = Vector(3, 4)
print(a + b, a - b, b - a)
print(a * 3, 3 * a, a * 2.5, a * b)
print(b / 2, b // 2, b % 2)
print(a ** 2, pow(b, 2), pow(b, 3, 5))
print(a @ b, b @ a)
print(-a, +a, abs(b), ~a)
print(a & 1, a | 'x', a ^ None)
print(a << 2, Vector(16, 32) >> 3)
print(a == Vector(1, 2), a != Vector(1, 2), a == b, a == 5)
print(bool(a), bool(Vector(0, 0)), not Vector(0, 0))
print(hash(a) == hash(Vector(1, 2)), len({a, Vector(1, 2), b}))
s = a
s += b
print(s, a, s is a)
s *= 2
print(s)
try:
    a + 1
except TypeError as e:
    print('TypeError:', e)
try:
    'x' - a
except TypeError as e:
    print('TypeError:', e)
try:
    a < b
except TypeError as e:
    print('TypeError:', e)
total = sum([Vector(1, 1), Vector(2, 2)], Vector(0, 0))
print(total)
print(sorted([3, 1, 2]), [Vector(i, i) * 2 for i in range(3)])
