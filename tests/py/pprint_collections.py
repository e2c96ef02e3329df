import pprint
from collections import OrderedDict, defaultdict, Counter, deque

od = OrderedDict((str(i) * 3, list(range(i))) for i in range(10))
pprint.pprint(od, width=40)
pprint.pprint(OrderedDict(), width=40)
dd = defaultdict(list)
for i in range(12):
    dd['k%d' % (i % 5)].append(i * 1000)
pprint.pprint(dd, width=40)
pprint.pprint(defaultdict(int), width=10)
c = Counter('the quick brown fox jumps over the lazy dog and keeps running')
pprint.pprint(c, width=40)
pprint.pprint(deque(range(40)), width=40)
pprint.pprint(deque(range(40), maxlen=50), width=40)
pprint.pprint({'od': od, 'dq': deque('abc')}, width=50)
