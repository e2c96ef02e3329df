# WeakValueDictionary/WeakKeyDictionary are MutableMappings (clear, ==), WeakSet a
# MutableSet with the in-place and symmetric operations; KeyedRef
import weakref
class O: pass
a, b = O(), O()
for cls in (weakref.WeakValueDictionary, weakref.WeakKeyDictionary):
    names = sorted(n for n in dir(cls) if not n.startswith('_'))
    print(cls.__name__, names)
ws = weakref.WeakSet
print(sorted(n for n in dir(ws) if not n.startswith('_')))
d = weakref.WeakValueDictionary({1: a, 2: b}); d.clear(); print(len(d))
k = weakref.WeakKeyDictionary({a: 1}); k.clear(); print(len(k))
print(sorted(n for n in dir(weakref) if not n.startswith('_')))
import collections.abc as cabc
c = O()
d = weakref.WeakValueDictionary({1: a, 2: b})
print(isinstance(d, cabc.MutableMapping), sorted(d), d == {1: a, 2: b}, 1 in d, len(d))
del b
print(sorted(d.keys()), len(d))
ws = weakref.WeakSet([a, c])
o2 = O()
ws2 = weakref.WeakSet([a, o2])
print(len(ws & ws2), len(ws | ws2), len(ws - ws2), len(ws ^ ws2), ws.isdisjoint(ws2), ws <= ws, ws < ws2, ws == weakref.WeakSet([c, a]))
ws.symmetric_difference_update(ws2); print(len(ws))
ws.intersection_update([a]); print(len(ws), a in ws)
ws.difference_update([a]); print(len(ws))
try:
    hash(ws)
except TypeError as e:
    print(e)
k = weakref.WeakKeyDictionary({a: 1, c: 2})
print(isinstance(k, cabc.MutableMapping), len(k), k[a], list(k.values()))
k.clear(); print(len(k))
kr = weakref.KeyedRef(a, None, "kk"); print(kr.key, kr() is a, isinstance(kr, weakref.ref))
