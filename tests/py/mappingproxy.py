# cls.__dict__ and types.MappingProxyType: a read-only view, as CPython.
import types


class A:
    x = 1

    def f(self):
        return 2


d = A.__dict__
print(type(d).__name__, type(d) is types.MappingProxyType)
for stmt in ("d['y'] = 2", "del d['x']", "del d[0]", "d |= {}"):
    try:
        exec(stmt)
    except TypeError as e:
        print(stmt, '->', e)
print('y' in d, hasattr(A, 'y'))
print('x' in d, d['x'], d.get('zz', 5), d.get('x'), callable(d['f']))
print(sorted(k for k in d if not k.startswith('__')))
A.z = 3
print('z' in d, d['z'])  # a live view, not a copy

m = types.MappingProxyType({'a': 1, 'b': 2})
print(m)
print(repr(m), str(m), len(m), list(m), m['a'], 'a' in m, 'q' in m)
print(m.get('c'), m.get('c', 0), list(m.keys()), list(m.values()), list(m.items()))
print(m.copy(), type(m.copy()).__name__, list(reversed(m)))
print(m == {'a': 1, 'b': 2}, m != {'a': 1}, m | {'c': 3}, {'c': 3} | m)
try:
    m['c'] = 3
except TypeError as e:
    print(e)
try:
    hash(m)
except TypeError as e:
    print(e)
for bad in ([1], (1,), 5):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print(e)
print(types.MappingProxyType(mapping={1: 2}))
try:
    m.x = 1
except AttributeError as e:
    print(e)
src = {'k': 1}
p = types.MappingProxyType(src)
src['k2'] = 2
print(p, dict(p), {**p}, [*p])
print(sorted(vars(A))[:2] == sorted(A.__dict__)[:2])


class Meta(type):
    pass


class B(metaclass=Meta):
    y = 4


print(type(B.__dict__).__name__, B.__dict__['y'])
import collections.abc
print(isinstance(m, collections.abc.Mapping))

# del on objects without item deletion: CPython's two wordings
for o in [(1, 2), "ab", range(3), frozenset(), 3, A()]:
    for k in (0, 'a'):
        try:
            del o[k]
        except TypeError as e:
            print(e)
