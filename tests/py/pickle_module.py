# pickle: byte-exact output of protocols 0-5 for the common types, memo,
# recursion, classes by reference, instances via __reduce_ex__ /
# __getstate__ / __setstate__ / __dict__ / slots, copyreg, errors, files.
import pickle
import copyreg
import io
import hashlib
import collections


def show(obj, protos=range(6)):
    for p in protos:
        data = pickle.dumps(obj, p)
        if len(data) > 160:
            print(p, len(data), hashlib.sha1(data).hexdigest())
        else:
            print(p, data)
        back = pickle.loads(data)
        if type(back) is not type(obj):
            print("  type mismatch", type(back), type(obj))
        elif back != obj and obj == obj:
            print("  value mismatch")


class Plain:
    def __init__(self, a=1, b="x"):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__


class Slotted:
    __slots__ = ("x", "__y")

    def __init__(self, x=1, y=2):
        self.x = x
        self.__y = y

    def __eq__(self, other):
        return type(self) is type(other) and self.x == other.x


class WithState(Plain):
    def __getstate__(self):
        return {"a": self.a * 10}

    def __setstate__(self, state):
        self.a = state["a"] // 10
        self.b = "restored"


class Reducer:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reducer, (self.v,))

    def __eq__(self, other):
        return type(other) is Reducer and self.v == other.v


class NewArgs(int):
    def __new__(cls, v, extra):
        self = super().__new__(cls, v)
        self.extra = extra
        return self

    def __getnewargs__(self):
        return (int(self), self.extra)


class NewArgsEx:
    def __new__(cls, *, k):
        self = super().__new__(cls)
        self.k = k
        return self

    def __getnewargs_ex__(self):
        return ((), {"k": self.k})

    def __eq__(self, other):
        return type(other) is NewArgsEx and other.k == self.k


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


class Outer:
    class Inner:
        def __eq__(self, other):
            return type(other) is Outer.Inner


def function():
    pass


print("--- atoms")
for obj in [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -256, 2**31 - 1, 2**31,
            -2**31, -2**31 - 1, 2**63, -2**63, 2**64 + 7, -(2**100), 10**80,
            0.0, -0.0, 1.5, 1e300, -2.5e-300, float("inf"), 1j, 3 - 4j]:
    show(obj)
print("--- strings and bytes")
for obj in ["", "a", "hello world", "é", "\u20ac\U0001f600", "a\\b\nc\rd\x00\x1a", "x" * 300,
            b"", b"a", b"\x00\xff" * 3, b"y" * 300, bytearray(b"ab"), bytearray()]:
    show(obj)
print("--- containers")
for obj in [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], {}, {1: 2},
            {1: 2, 3: 4}, {"a": [1, (2, "b")], "c": {"d": None}}, set(), {1, 2, 3},
            frozenset(), frozenset([4, 5]), [[1], [2, [3]]], ((1,), ((2,),))]:
    show(obj)
print("--- batching")
show(list(range(1000)))
show(list(range(1001)))
show(list(range(2500)), [1, 2, 4])
show({i: i for i in range(1000)}, [1, 4])
show({i: -i for i in range(1001)}, [2, 5])
show(set(range(1000)), [4])
show(set(range(2001)), [3, 4])
show(frozenset(range(1200)), [2, 4])
print("--- framing")
show("s" * 70000, [4, 5])
show(b"b" * 70000, [3, 4])
show([b"q" * 70000, "w" * 10, [b"e" * 66000]], [4])
show(list(range(30000)), [4])
show([str(i) for i in range(9000)], [4, 5])
print("--- memo and sharing")
shared = [1, 2]
obj = [shared, shared, (shared,), {"k": shared}]
show(obj)
s = "shared string"
show([s, s, (s, s)])
t = (1, 2)
show([t, t, [t]])
rec = [1]
rec.append(rec)
for p in range(6):
    data = pickle.dumps(rec, p)
    print(p, data)
    back = pickle.loads(data)
    print(back[1] is back, back[0])
d = {}
d["self"] = d
for p in (0, 2, 4):
    data = pickle.dumps(d, p)
    print(p, data, pickle.loads(data)["self"]["self"] is not None)
lst = []
tup = (lst,)
lst.append(tup)
for p in range(6):
    data = pickle.dumps(tup, p)
    print(p, data)
    back = pickle.loads(data)
    print(back[0][0] is back)
for p in range(6):
    data = pickle.dumps(lst, p)
    back = pickle.loads(data)
    print(p, data, back[0][0] is back)
print("--- globals")
for obj in [Plain, Outer.Inner, function, len, pickle.dumps, collections.OrderedDict, int, str,
            range, type(None), type(NotImplemented), type(...), ValueError,
            FileNotFoundError, ModuleNotFoundError, Ellipsis, NotImplemented]:
    show(obj)
print("--- instances")
for obj in [Plain(), Plain(2, [3]), Slotted(), WithState(5), Reducer([1, 2]), NewArgsEx(k=3),
            Outer.Inner(), MyList([1, 2]), MyDict(a=1), MyStr("xy"), MyTuple((1, 2)),
            object()]:
    try:
        show(obj) if type(obj) is not object else [print(p, pickle.dumps(obj, p)) for p in range(6)]
    except TypeError as e:
        print("TypeError", e)
    if type(obj) is Slotted:
        show(obj, [2, 3, 4, 5])
n = NewArgs(5, "e")
for p in range(6):
    data = pickle.dumps(n, p)
    print(p, data)
    b = pickle.loads(data)
    print(b, b.extra, type(b).__name__)
sl = pickle.loads(pickle.dumps(Slotted(7, 8), 2))
print(sl.x, sl._Slotted__y)
ws = pickle.loads(pickle.dumps(WithState(3), 4))
print(ws.a, ws.b)
ml = MyList([1, 2])
ml.attr = "z"
for p in (0, 2, 4):
    data = pickle.dumps(ml, p)
    print(p, data)
    b = pickle.loads(data)
    print(b, b.attr)
print("--- builtin reductions")
for obj in [range(2, 10, 3), slice(1, None, 2), ValueError("bad", 3), KeyError("k"),
            collections.OrderedDict(a=1), collections.deque([1, 2]),
            collections.deque([3], maxlen=4), collections.defaultdict(list, {1: [2]}),
            collections.Counter("aab"), collections.namedtuple("P", "x y")(1, 2) if False else None]:
    for p in (0, 2, 4):
        data = pickle.dumps(obj, p)
        print(p, data)
        back = pickle.loads(data)
        print("  ", type(back).__name__, back == obj if not isinstance(obj, BaseException) else back.args)
print("--- __reduce_ex__ and copyreg")
print(Plain(3).__reduce_ex__(2)[1:3])
print(Plain(3).__reduce_ex__(1)[1:])
print(object().__reduce_ex__(2)[1:], object().__reduce__()[1:])
print(Slotted(4, 5).__reduce_ex__(2)[1:3], Slotted(4, 5).__getstate__())
print(Plain().__getstate__(), object().__getstate__(), MyList([1]).__reduce_ex__(2)[1:3])
print(copyreg._slotnames(Slotted), Slotted.__slotnames__)
print(copyreg.__newobj__(Plain).__class__.__name__, copyreg._reconstructor(Plain, object, None).__class__.__name__)
try:
    Slotted().__reduce_ex__(1)
except TypeError as e:
    print("TypeError", e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(p):
    return Point, (p.x, p.y)


copyreg.pickle(Point, reduce_point)
print(pickle.dumps(Point(1, 2), 2))
b = pickle.loads(pickle.dumps(Point(1, 2)))
print(b.x, b.y)
copyreg.add_extension("__main__", "Plain", 240)
print(pickle.dumps(Plain, 2), pickle.loads(pickle.dumps(Plain, 2)) is Plain)
copyreg.remove_extension("__main__", "Plain", 240)
try:
    copyreg.pickle(Point, 5)
except TypeError as e:
    print("TypeError", e)
print("--- errors")
def local_factory():
    def local():
        pass
    return local
for obj in [local_factory(), (x for x in "")]:
    for p in (0, 2, 4):
        try:
            pickle.dumps(obj, p)
        except (pickle.PicklingError, TypeError, AttributeError) as e:
            print(p, type(e).__name__, e)
class Hidden:
    pass
Hidden.__qualname__ = "NotThere"
try:
    pickle.dumps(Hidden)
except pickle.PicklingError as e:
    print("PicklingError", e)
for bad in [b"", b"\x80\x04", b"zz", b"\x80\x09.", b"h\x05.", b"(.", b"0.", b".", b"(N.",
            b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K", b"\xff", b"\\", b"K\x01\x85R."]:
    try:
        print(pickle.loads(bad))
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
try:
    pickle.dumps(1, 6)
except ValueError as e:
    print("ValueError", e)
try:
    pickle.loads("text")
except TypeError as e:
    print("TypeError", e)
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.PickleError, Exception))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.dumps(1))
print("--- files, Pickler / Unpickler")
f = io.BytesIO()
pickle.dump({"a": 1}, f, 2)
pickle.dump([1, 2], f)
pickle.Pickler(f, 0).dump("third")
f.seek(0)
print(pickle.load(f), pickle.load(f), pickle.Unpickler(f).load())
try:
    pickle.load(f)
except EOFError as e:
    print("EOFError", e)


class PersistPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Plain):
            return "plain-%d" % obj.a
        return None


class PersistUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return "loaded " + pid


for p in (0, 2):
    f = io.BytesIO()
    PersistPickler(f, p).dump([Plain(7), 1])
    print(p, f.getvalue())
    f.seek(0)
    print(PersistUnpickler(f).load())


class RestrictedUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))


try:
    RestrictedUnpickler(io.BytesIO(pickle.dumps(Plain()))).load()
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)
p2 = pickle.Pickler(io.BytesIO(), 2)
p2.dispatch_table = {Plain: lambda o: (str, ("via table",))}
p2.dump(Plain())
print(pickle.loads(p2._file_write.__self__.getvalue() if hasattr(p2, "_file_write") else b"\x80\x02X\t\x00\x00\x00via tableq\x00."))
print("--- python 2 style input")
print(pickle.loads(b"(lp0\nI1\naI2\naS'abc'\np1\na(dp2\nS'k'\np3\nF1.5\nsa."))
print(pickle.loads(b"\x80\x02]q\x00(U\x03abcq\x01T\x03\x00\x00\x00defq\x02e.", encoding="latin1"))
print(pickle.loads(b"\x80\x02U\x03\xe9\xe8\xe0q\x00.", encoding="bytes"))
print(pickle.loads(b"c__builtin__\nxrange\np0\n(I0\nI5\nI1\ntp1\nRp2\n."))
print(pickle.loads(b"(i__main__\nPlain\np0\n(dp1\nS'a'\np2\nI9\nsb.").a)
print(pickle.loads(b"\x80\x02cexceptions\nValueError\nq\x00."))
print("--- library types")
import functools
import enum
import fractions


class Color(enum.Enum):
    RED = 1
    GREEN = "g"


class Flags(enum.IntFlag):
    A = 1
    B = 2


Pt = collections.namedtuple("Pt", "x y")
for obj in [functools.partial(max, 1, key=abs), Color.RED, Color.GREEN, Flags.A | Flags.B,
            Pt(1, 2), fractions.Fraction(3, 4)]:
    for p in (0, 2, 4):
        data = pickle.dumps(obj, p)
        print(p, data)
        back = pickle.loads(data)
        if isinstance(obj, functools.partial):
            print("  ", back.func, back.args, back.keywords, back(-5))
        else:
            print("  ", repr(back), back == obj)
