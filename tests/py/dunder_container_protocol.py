# __getitem__ / __setitem__ / __delitem__ / __contains__ / __len__ / __iter__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, '.')
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
    def __len__(self):
        return len(self.cells)

g = Grid(3, 2)
g[0, 0] = 'a'
g[2, 1] = 'b'
print(g[0, 0], g[1, 1], g[2, 1], len(g), 'a' in g, 'z' in g, 'z' not in g)
del g[0, 0]
print(len(g), g[0, 0], 'a' in g)
try:
    g[5, 5]
except IndexError as e:
    print('IndexError:', e)
try:
    del g[9, 9]
except KeyError as e:
    print('KeyError:', e)

class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(range(self.n))[i]
        if i >= self.n:
            raise IndexError(i)
        return i * i
s = Seq(5)
print(s[2], s[1:4], s[::-2], list(s), 9 in s, 10 in s, sorted(s, reverse=True))
a, b, *rest = s
print(a, b, rest)
for v in Seq(3):
    print('item', v)
print(list(map(str, Seq(4))), tuple(Seq(2)), set(Seq(3)) == {0, 1, 4}, sum(Seq(4)))
it = iter(Seq(2))
print(type(it).__name__, next(it), next(it), next(it, 'end'))

class ReadOnly:
    def __getitem__(self, k):
        return k
r = ReadOnly()
print(r['x'], r[1, 2], r[::3])
try:
    r[1] = 2
except TypeError as e:
    print('TypeError:', e)
try:
    del r[1]
except TypeError as e:
    print('TypeError:', e)

class OnlySet:
    def __setitem__(self, k, v):
        print('set', k, v)
o = OnlySet()
o['a'] = 1
try:
    del o['a']
except AttributeError as e:
    print('AttributeError:', e)
try:
    o['a']
except TypeError as e:
    print('TypeError:', e)

class ContainsTruthy:
    def __contains__(self, x):
        return x  # truthiness of the result is used
c = ContainsTruthy()
print(1 in c, 0 in c, [] in c, 'x' in c)

class NoContainer:
    __contains__ = None
    __iter__ = None
try:
    1 in NoContainer()
except TypeError as e:
    print('TypeError:', e)

class Mapping:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
m = Mapping()
m['x'] = 1
m['y'] = 2
m['x'] += 10
print(m.d, list(m), len(m), 'y' in m)
try:
    m['nope']
except KeyError as e:
    print('KeyError:', e)
