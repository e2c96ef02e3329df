# copy.copy / copy.deepcopy on containers, instances, cycles and __copy__.
import copy

a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]['k'].append(5)
print(a, s, d, s[1] is a[1], d[1] is a[1])
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) == t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None)
print(copy.copy({1, 2}), copy.deepcopy({'x': (1, [2])}), copy.copy('str'), copy.deepcopy(5))

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)

p = Point([1], 2)
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.x.append('m')
print(p, p2, p3, p2.x is p.x, p3.x is p.x, type(p3).__name__)

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        return Custom('copied ' + self.v)
    def __deepcopy__(self, memo):
        return Custom('deep ' + self.v)
print(copy.copy(Custom('a')).v, copy.deepcopy(Custom('b')).v)

cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[0], dc[1] is dc, dc is cyc)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
nested = {'a': {'b': {'c': [1, 2]}}}
nc = copy.deepcopy(nested)
nc['a']['b']['c'].append(3)
print(nested, nc)
