import collections.abc as abc
from collections import OrderedDict, deque, Counter, defaultdict
print([isinstance(v, abc.Iterable) for v in ([], (), {}, set(), "s", b"b", range(3), iter([]), 5, None)])
print([isinstance(v, abc.Sequence) for v in ([], (), "s", range(3), {}, set())])
print([isinstance(v, abc.Mapping) for v in ({}, OrderedDict(), [], Counter())])
print([isinstance(v, abc.MutableMapping) for v in ({}, defaultdict(int))])
print([isinstance(v, abc.Set) for v in (set(), frozenset(), {}.keys(), {}.items(), [])])
print([isinstance(v, abc.Hashable) for v in (1, "s", (), [], {}, set())])
print([isinstance(v, abc.Callable) for v in (len, print, lambda: 0, 5, type)])
print([isinstance(v, abc.Iterator) for v in (iter([]), iter(()), iter({}), [], (x for x in []))])
print([isinstance(v, abc.Sized) for v in ([], "", {}, 5)])
print(isinstance((x for x in []), abc.Generator), issubclass(list, abc.MutableSequence), issubclass(tuple, abc.MutableSequence))
class MyMap(abc.Mapping):
    def __init__(self, d): self._d = dict(d)
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = MyMap({"a": 1, "b": 2})
print(m["a"], m.get("z", 0), "a" in m, list(m.keys()), list(m.items()), list(m.values()), m == {"a": 1, "b": 2}, len(m))
class MySeq(abc.Sequence):
    def __init__(self, *items): self._i = items
    def __getitem__(self, i): return self._i[i]
    def __len__(self): return len(self._i)
s = MySeq(3, 1, 3, 2)
print(list(s), s.index(3), s.count(3), 2 in s, list(reversed(s)))
class MySet(abc.MutableSet):
    def __init__(self, it=()): self._s = set(it)
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(sorted(self._s))
    def __len__(self): return len(self._s)
    def add(self, x): self._s.add(x)
    def discard(self, x): self._s.discard(x)
ms = MySet([1, 2, 3])
ms |= {4}
ms -= {1}
print(list(ms), list(ms & MySet([2, 9])), ms <= MySet(range(10)), ms.isdisjoint([7]))
class Incomplete(abc.Sequence):
    def __len__(self): return 0
try:
    Incomplete()
except TypeError as e:
    print(e)
class Dummy:
    def __iter__(self): return iter([])
    def __len__(self): return 0
    def __contains__(self, x): return False
print(isinstance(Dummy(), abc.Collection), isinstance(Dummy(), abc.Sequence), abc.Iterable.__module__)
