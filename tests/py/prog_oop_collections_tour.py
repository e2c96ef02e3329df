from collections import Counter, defaultdict, deque, namedtuple, OrderedDict, ChainMap
text = "the quick brown fox jumps over the lazy dog the fox"
c = Counter(text.split())
print(c.most_common(3), c["the"], c["zzz"], len(c), sum(c.values()))
print(c)
c2 = Counter("abracadabra")
print(c2, c2.most_common(), sorted(c2.elements()))
print(c2 + Counter("aaz"), c2 - Counter("aaaaaaaaaa"), c2 & Counter("abc"), c2 | Counter("zzz"))
c2.update("zz"); c2.subtract({"a": 10}); print(c2, +c2, -c2)
print(Counter(a=3, b=1).total() if hasattr(Counter, 'total') else None)
dd = defaultdict(list)
for w in text.split(): dd[len(w)].append(w)
print(dd, dict(dd), sorted(dd.items()))
di = defaultdict(int); di["x"] += 1; print(di, di.default_factory)
nested = defaultdict(lambda: defaultdict(int)); nested["a"]["b"] += 2; print({k: dict(v) for k, v in nested.items()})
d = deque(range(10), maxlen=7); print(d)
d.rotate(3); print(d); d.rotate(-5); print(d)
d.appendleft(-1); d.append(99); print(d, d[0], d[-1], len(d), d.maxlen)
d.extendleft([7,8]); print(d, d.popleft(), d.pop(), d.count(3), d.index(4))
print(deque("abc") == deque("abc"), list(reversed(deque([1,2,3]))), deque())
Point = namedtuple("Point", "x y")
p = Point(1, 2); print(p, p._replace(x=5), p._asdict(), p._fields, Point._make([3,4]), p.x + p[1])
P3 = namedtuple("P3", ["x", "y", "z"], defaults=[0])
print(P3(1,2), P3._field_defaults, P3(1,2,3)._replace(z=9))
x, y = p; print(x, y, p == (1,2), isinstance(p, tuple), hash(p) == hash((1,2)))
try: Point(1)
except TypeError as e: print(e)
try: p.x = 3
except AttributeError as e: print(e)
od = OrderedDict(a=1, b=2, c=3); od.move_to_end("a"); print(od, list(od)); od.popitem(last=False); print(od)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], dict(cm), cm.maps)
class Emp(namedtuple("Emp", "name salary")):
    __slots__ = ()
    @property
    def monthly(self): return self.salary / 12
    def __str__(self): return f"{self.name}: {self.monthly:.1f}"
print(Emp("bo", 1200), repr(Emp("bo", 1200)))
