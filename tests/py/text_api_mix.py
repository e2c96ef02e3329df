# A mix of text-processing APIs (re verbose/named/conditional groups, re.Scanner,
# format specs, enum, dataclasses, namedtuple, collections, copy, textwrap,
# json, io.StringIO, string.Template) compared with CPython 3.11.
import re, string, textwrap, io, json, collections, copy, enum, dataclasses, typing
p = re.compile(r"""(?x) (?P<key>[a-z]+) \s* = \s* (?P<q>["']?) (?P<val>.*?) (?P=q) $""", re.M)
text = "a = 'x y'\nbb = \"q\"\nccc = plain\n"
for m in p.finditer(text):
    print(m["key"], m.group("val"), m.lastgroup, m.lastindex, m.span(3), m.regs[:2], m.expand(r"\g<key>:\3"))
print(re.sub(r"(a)|b", lambda m: "A" if m.group(1) else "B", "abcab"), re.sub("x*", "-", "abxd"))
print(re.findall(r"(\w)(\d)?", "a1b c3"), re.split(r"\b", "hi there", maxsplit=0)[:5])
print(re.escape("a.b*c?d[e]"), re.fullmatch(r"(?i)HeLLo", "hello").group(), re.match(r"(x)?(?(1)a|b)", "b").group())
print(re.compile(r"(?<=\$)\d+(?:\.\d\d)?").findall("cost $12.50 and $7"), re.search(r"(?<!x)y", "xy ay").start())
sc = re.Scanner([(r"\d+", lambda s, t: int(t)), (r"[a-z]+", lambda s, t: t.upper()), (r"\s+", None)])
print(sc.scan("12 abc 7 x!"))
m = re.compile(r"(\d+)-(\d+)").search("tel 555-1234 end", 2, 14)
print(m.pos, m.endpos, m.string[m.start():m.end()], m.groups(), m.groupdict(), m.re.pattern, repr(m)[:40])
print(re.sub(r"(?P<w>\w+)", r"<\g<w>\g<0>>", "ab cd", count=1), re.subn(r"\s", "", " a b "))
print(re.compile("a", re.I | re.M).flags & (re.I | re.M), repr(re.compile(r"\d+", re.I)), re.I, repr(re.I | re.S))
try:
    re.compile("(unclosed")
except re.error as e:
    print("re.error", e.msg, e.pos)
print("{:{w}.{p}f}|{!a}|{:n}|{:,}|{:_x}|{:#o}|{:c}".format(3.14159, "é", 12345, 1234567, 255, 8, 65, w=10, p=2))
print(f"{'x'!r:>5}{3+4:03}{'a':*^7}{1e-7:.2g}{12.0:g}{float('inf'):f}{-0.0:+}{10**20:e}{0.5:%}")
print("%(a)s %(b)5.1f %%" % {"a": [1], "b": 2.25}, "%-5s|%05d|%x|%X|%e|%g|%r" % ("ab", -42, 255, 255, 1.5, 1e-10, "s"))
print("{0[1]} {1.real} {d[k]}".format([5, 6], 3j, d={"k": "v"}), format(1234.5, "010,.2f"), format(-1, "#x"))
Color = enum.Enum("Color", "RED GREEN BLUE")
class Flag(enum.Flag):
    A = 1; B = 2; C = 4
class Lvl(enum.IntEnum):
    LOW = 1; HIGH = 2
print(list(Color), Color(2), Color["BLUE"].value, Flag.A | Flag.C, (Flag.A | Flag.B) & Flag.B, Lvl.HIGH > Lvl.LOW, f"{Lvl.LOW}", str(Color.RED), repr(Flag.A|Flag.B))
@dataclasses.dataclass(order=True, frozen=True)
class P:
    x: int
    y: int = 0
    tags: typing.Tuple[str, ...] = ()
a = P(1, 2); b = dataclasses.replace(a, y=5)
print(a < b, a, hash(a) == hash(P(1, 2)), dataclasses.asdict(b), dataclasses.astuple(b), [f.name for f in dataclasses.fields(P)])
try:
    a.x = 3
except dataclasses.FrozenInstanceError as e:
    print("frozen", e)
NT = collections.namedtuple("NT", "a b", defaults=[9])
print(NT(1), NT(1, 2)._asdict(), NT._field_defaults, NT._make([3, 4]))
c = collections.Counter("abracadabra")
print(c.most_common(2), c.total(), +c, c & collections.Counter("aab"), list(c.elements())[:4], c.subtract("aaa") or c["a"])
od = collections.OrderedDict.fromkeys("abc"); od.move_to_end("a"); print(od, od.popitem(last=False), list(reversed(od)))
dq = collections.deque(range(5), maxlen=4); dq.extendleft([9, 8]); print(dq, dq.index(9), dq[1])
dd = collections.defaultdict(list); dd["x"].append(1); print(dd, dict(dd), dd.default_factory)
um = collections.UserDict(a=1); um["b"] = 2; print(um, len(um), "a" in um)
x = {"l": [1, [2, 3]], "t": (1, [2]), "s": {1, 2}}
y = copy.deepcopy(x); y["l"][1].append(4); print(x, y, copy.copy(x)["l"] is x["l"])
class C:
    def __init__(self): self.v = [1]
    def __copy__(self): n = C(); n.v = self.v; return n
c1 = C(); print(copy.copy(c1).v is c1.v, copy.deepcopy(c1).v is c1.v)
print(textwrap.wrap("aaaa bbbb cccc dddd", 9, break_long_words=False), textwrap.fill("x" * 25, 10))
print(json.dumps({"b": 1, "a": [1.5, float("nan")]}, sort_keys=True, indent="\t"), json.loads("[1e5, -0, 1.0E-2]"))
print(json.dumps("\ud800"), json.loads('"\\ud83d\\ude00"'), json.dumps({1: 2, True: 3, None: 4, 2.5: 1}))
s = io.StringIO("l1\nl2\r\nl3"); print(s.readline(), s.readlines(), s.tell(), s.seek(0), s.read(2))
t = string.Template("${a}-$b"); print(t.safe_substitute(a=1), t.get_identifiers() if hasattr(t, "get_identifiers") else None, t.is_valid())
