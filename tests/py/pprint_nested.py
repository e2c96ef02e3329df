import pprint, io

data = {
    'name': 'coil', 'version': (3, 11, 7), 'tags': ['fast', 'python', 'c'],
    'nested': {'z': [1, 2, 3] * 8, 'a': {'deep': {'deeper': list(range(30))}}},
    'empty': {}, 'elist': [], 'etuple': (), 'single': (1,),
    'set': {5, 3, 1, 4, 2}, 'fs': frozenset({20, 10}), 'none': None,
    3: 'int key', 'floats': [1.5, -0.0, 1e100, float('inf')],
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=120)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2)
pprint.pprint(data, depth=3, width=50)
pprint.pprint(data, sort_dicts=False, width=50)
pprint.pp(data, width=50)
pprint.pprint(list(range(60)), compact=True)
pprint.pprint([list(range(12))] * 5, compact=True, width=40)
pprint.pprint([list(range(12))] * 5, width=40)
pprint.pprint([(i, str(i) * i) for i in range(12)], compact=True, width=30)
pprint.pprint(tuple(range(40)), width=30)
pprint.pprint(set(range(40)), width=30)
pprint.pprint(frozenset(range(40)), width=30)
pprint.pprint([[[[[[1, 2, 3]]]]]], depth=3)
pprint.pprint({'a': [{'b': (1, 2, {'c': 3})}]}, width=10)
print(pprint.pformat({'b': 1, 'a': 2, 'c': {'y': 1, 'x': 2}}))
print(pprint.pformat({'b': 1, 'a': 2}, sort_dicts=False))
print(pprint.pformat(12345678901234567890, underscore_numbers=True))
print(pprint.pformat([10**12, 10**15], underscore_numbers=True))
# mixed-type keys and set elements still sort
print(pprint.pformat({1: 'a', 'x': 'b', (1,): 'c', None: 'd'}, width=20).count('\n'))
print(pprint.pformat({3, 1, 2}))
rec = [1, 2]
rec.append(rec)
print(pprint.saferepr(rec).startswith('[1, 2, <Recursion on list with id='))
print(pprint.isrecursive(rec), pprint.isreadable(rec))
print(pprint.isreadable([1, 'a', (2.5,)]), pprint.isreadable([object()]))
print(pprint.saferepr({'b': [1, 2], 'a': (3,)}))
s = io.StringIO()
pprint.pprint({'k': list(range(30))}, stream=s, width=30)
print(repr(s.getvalue()))
pp = pprint.PrettyPrinter(indent=2, width=30, compact=True)
pp.pprint({'key%d' % i: list(range(i)) for i in range(8)})
print(pp.pformat(list('abcdefghijklmnopqrstuvwxyz')))
print(pp.isreadable({'a': 1}), pp.isrecursive({'a': 1}))
for bad in ({'indent': -1}, {'depth': 0}, {'width': 0}):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError', e)
class L(list):
    def __repr__(self):
        return 'L!'
pprint.pprint([L(range(100))] * 3, width=10)
class L2(list):
    pass
pprint.pprint(L2(range(30)), width=20)
