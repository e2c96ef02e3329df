# collections.ChainMap/UserDict/UserList/UserString: CPython 3.11's classes,
# built on the collections.abc ABCs (mixins, isinstance, operators).
import collections, collections.abc as abc, copy, pickle

print([c.__name__ for c in collections.UserDict.__mro__])
print([c.__name__ for c in collections.UserList.__mro__])
print([c.__name__ for c in collections.UserString.__mro__])
print([c.__name__ for c in collections.ChainMap.__mro__])
print(collections.UserDict, collections.ChainMap.__module__)
print(isinstance(collections.deque(), abc.MutableSequence), issubclass(collections.deque, abc.Sequence))

# UserList
u = collections.UserList([3, 1, 2])
print(u * 2, 2 * u, u + [9], [0] + u, (5, 6) + u if False else u + (5, 6))
print(type(u * 2).__name__, type([0] + u).__name__, type(u[1:]).__name__, u[1:], u[0])
u += (7,); print(u)
u *= 2; print(u, len(u))
u.sort(); print(u, u.count(7), u.index(2), 7 in u, list(reversed(u)))
u.reverse(); u.remove(7); print(u, u.pop(), u.pop(0), u)
u.extend(collections.UserList([8])); u.insert(1, 0); u.append(4); print(u)
print(u == [7, 0, 3, 2, 2, 1, 1, 8, 4][1:] , u < [9], u > collections.UserList([0]))
c = copy.copy(u); c.append(99); print(u, c, type(c).__name__)
print(pickle.loads(pickle.dumps(u)), type(pickle.loads(pickle.dumps(u))).__name__)
u[1:3] = [5, 5]; del u[0]; print(u, u.copy(), sum(u))
class Stack(collections.UserList):
    def push(self, x): self.append(x)
s = Stack(); s.push(1); s.push(2); print(s, type(s + [3]).__name__, type(s.copy()).__name__)
print(u.__iadd__([1]) is u)

# UserDict
d = collections.UserDict({'a': 1}, b=2)
print(d, len(d), d['a'], d.get('z'), d.get('z', 0), 'a' in d, list(d), d.keys(), d.items(), d.values())
print(type(d.keys()).__name__, d | {'c': 3}, {'c': 3} | d, type(d | {}).__name__)
d |= {'d': 4}; print(d)
print(d.pop('d'), d.setdefault('e', 5), d.popitem(), d)
d.update([('x', 1)], y=2); print(d, d == {'a': 1, 'b': 2, 'x': 1, 'y': 2}, d != {})
print(collections.UserDict.fromkeys('ab', 0), copy.copy(d), d.copy() == d, type(d.copy()).__name__)
class Missing(collections.UserDict):
    def __missing__(self, key): return key * 2
m = Missing(); print(m['ab'], m.get('cd'), 'ab' in m)
class Counted(collections.UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 10)
cd = Counted(a=1); cd.update(b=2); print(cd, cd.copy(), type(cd.copy()).__name__)
try:
    d['missing']
except KeyError as e:
    print('KeyError', e)
d.clear(); print(d, bool(d))
print(pickle.loads(pickle.dumps(collections.UserDict(a=1))))

# UserString
s = collections.UserString('Hello')
print(s, repr(s), len(s), s[1], s[1:3], type(s[1:3]).__name__, s + '!', '>' + s, s * 2, 2 * s)
print(s.upper(), s.lower(), s.find('l'), s.rfind('l'), s.count('l'), s.replace('l', 'L'), s.split('e'))
print(s.startswith('He'), s.endswith('x'), s.center(9, '*'), s.zfill(7), s.strip('Ho'), s.title())
print('ell' in s, collections.UserString('ell') in s, s == 'Hello', s < 'Z', hash(s) == hash('Hello'))
print(int(collections.UserString('42')), float(collections.UserString('2.5')), s.encode(), s.isalpha())
print(collections.UserString('%s-%d') % ('a', 1), s.join(['1', '2']), s.partition('l'), list(s)[:2])
print(sorted([collections.UserString('b'), collections.UserString('a')]), s.format(), s.casefold())
print(s.removeprefix('He'), s.removesuffix('lo'), s.index('o'), s.expandtabs(), s.isdigit())

# ChainMap
base = {'a': 1, 'b': 2}
cm = collections.ChainMap({'b': 20}, base)
print(cm, len(cm), cm['a'], cm['b'], list(cm), list(cm.items()), cm.get('z', -1), 'a' in cm)
child = cm.new_child({'c': 3}); print(child, child.parents, child.maps[0])
cm['a'] = 100; print(cm, base)
print(cm | {'z': 0}, {'z': 0} | cm, type({'z': 0} | cm).__name__)
cm |= {'q': 1}; print(cm)
print(cm.pop('q'), cm.popitem(), cm)
try:
    del cm['zz']
except KeyError as e:
    print('KeyError', e)
try:
    collections.ChainMap({}).popitem()
except KeyError as e:
    print('KeyError', e)
print(collections.ChainMap.fromkeys('ab', 0), cm.copy(), bool(collections.ChainMap()), dict(cm))
r = collections.ChainMap(); r.maps.append(r); print(r)
print(cm == {'b': 20, 'a': 1}, cm.keys(), type(cm.values()).__name__)
