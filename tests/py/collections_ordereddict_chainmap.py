# OrderedDict (move_to_end, popitem order, reprs, equality) and ChainMap.
from collections import OrderedDict, ChainMap

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), list(od.items()))
od.move_to_end('b')
print(list(od))
od.move_to_end('c', last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([('x', 1), ('y', 2)]), OrderedDict(z=0))
o1 = OrderedDict([('a', 1), ('b', 2)])
o2 = OrderedDict([('b', 2), ('a', 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == o2, o1 != o2)
print(OrderedDict.fromkeys('abc', 0), list(reversed(o1)))
c = o1.copy()
c['z'] = 26
print(c, o1, type(c).__name__, isinstance(c, dict))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    o1.move_to_end('nope')
except KeyError as e:
    print('KeyError', e)

defaults = {'color': 'red', 'user': 'guest'}
args = {'user': 'admin'}
cm = ChainMap(args, defaults)
print(cm['user'], cm['color'], len(cm), sorted(cm), 'color' in cm, cm.get('x', 'dflt'))
print(cm)
child = cm.new_child({'color': 'blue'})
print(child['color'], child.parents['color'], child)
child['extra'] = 1
print(child.maps[0], 'extra' in cm)
del child['extra']
print(child.maps[0])
try:
    cm['missing']
except KeyError as e:
    print('KeyError', e)
try:
    del cm['color']
except KeyError as e:
    print('KeyError', e)
print(dict(cm.items()) == {'user': 'admin', 'color': 'red'}, ChainMap())
