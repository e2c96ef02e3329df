# collections.defaultdict: __missing__, default_factory, reprs, dict behaviour.
from collections import defaultdict

d = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    d[k].append(v)
print(d, d['a'], len(d))
print(d['zzz'], 'zzz' in d, d.get('nope'), 'nope' in d)

counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, sorted(counts.items()))
print(dict(counts) == {'m': 1, 'i': 4, 's': 4, 'p': 2}, counts == {'m': 1, 'i': 4, 's': 4, 'p': 2})

n = defaultdict()
print(n, n.default_factory)
try:
    n['x']
except KeyError as e:
    print('KeyError', e)
n.default_factory = lambda: 'made'
print(n['x'], dict(n), n.default_factory())
n.default_factory = list
print(n)

e = defaultdict(set, {'a': {1}}, b={2})
e['c'].add(3)
print(e)
c = e.copy()
print(c, type(c).__name__, c.default_factory is set, c is e)
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 5
print(nested['x']['y'], dict(nested['x']))
print(isinstance(d, dict), type(d).__name__, type(d).__module__)
print(defaultdict(None, {1: 2}))
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
print(list(d.keys()), list(d.values()), d.pop('a'), d)
d.update({'q': [9]})
print(d.setdefault('r', 'default'), d)
del d['q']
print(d, d.default_factory)
