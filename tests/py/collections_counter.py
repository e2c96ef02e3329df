# collections.Counter: counting, most_common order, arithmetic, reprs.
from collections import Counter

c = Counter('abracadabra')
print(c)
print(c.most_common(), c.most_common(2), c['a'], c['z'], 'z' in c)
print(sorted(c.elements()), c.total())
c.update('aaz')
c.update({'b': 10})
print(c)
c.subtract('aaaa')
c.subtract({'b': 1})
print(c)
del c['z']
del c['missing']
print(c)
words = 'the cat and the hat and the bat'.split()
wc = Counter(words)
print(wc.most_common(3), len(wc))
print(Counter(a=3, b=1), Counter({'x': 2}), Counter())
a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b)
print(+a, -a)
a += Counter(c=5)
print(a)
print(Counter('aab') == Counter('aba'), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2))
print(Counter(a=1) < Counter(a=1), Counter('abc') >= Counter('ab'))
print(dict(Counter('hello')), list(Counter('hello').keys()))
print(isinstance(c, dict), type(c).__name__)
cc = c.copy()
cc['new'] += 1
print(cc['new'], c['new'], 'new' in c)
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError', e)
print(Counter(i % 3 for i in range(10)))

# elements() is an itertools.chain; counts below one are skipped
_c = Counter(a=3, b=1, c=0, d=-2)
print(type(_c.elements()).__name__, sorted(_c.elements()))
