# __pow__ with a modulus, __rpow__, and pow() dispatch.
class M:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'M({self.v})'
    def __pow__(self, e, mod=None):
        if mod is None:
            return M(self.v ** (e.v if isinstance(e, M) else e))
        return M(pow(self.v, e, mod))
    def __rpow__(self, b, mod=None):
        return M(b ** self.v)
print(M(2) ** 10, pow(M(2), 10), pow(M(2), 10, 1000), pow(M(3), 4, 5))
print(2 ** M(8), pow(2, M(5)), M(2) ** M(3))
try:
    pow(2, M(5), 7)
except TypeError as e:
    print('TypeError:', e)
class P2:
    def __pow__(self, e):
        return 'two-arg only'
print(P2() ** 3)
try:
    pow(P2(), 3, 5)
except TypeError as e:
    print('TypeError:', e)
x = M(3)
x **= 2
print(x)
print(int.__pow__(3, 3, 5), (2).__pow__(5), (2).__rpow__(5), float.__pow__(2.0, 0.5))
print(M.__pow__(M(2), 3, 5), M(2).__pow__(4))
