import io
import marshal

values = [None, True, False, Ellipsis, 0, 1, -1, 2**62, -2**63, 2**200, -(3**100), 1.5, -0.0, float("inf"),
          1e308, 3 + 4j, "", "text", "h\u00e9llo \U0001f600", b"", b"\x00bytes\xff", (), (1, "two", (3.0,)),
          [], [1, [2, [3]]], {}, {"a": 1, 2: [3], (4, 5): {"n": None}}, set(), {1, 2, 3}, frozenset(),
          frozenset({"x"}), frozenset({5, 6}), [None, True, ..., {"k": (1, 2)}]]
for v in values:
    data = marshal.dumps(v)
    back = marshal.loads(data)
    print(type(data).__name__, type(back).__name__, back == v or (v != v), repr(back)[:60])
print(marshal.loads(marshal.dumps(bytearray(b"ba"))))
print(marshal.version)
nan = marshal.loads(marshal.dumps(float("nan")))
print(nan != nan)

# code objects round-trip and run
src = "def f(x, *, y=2):\n    return [x * y, {'k': x}]\nresult = f(21)\n"
code = compile(src, "<marshal>", "exec")
code2 = marshal.loads(marshal.dumps(code))
ns = {}
exec(code2, ns)
print(ns["result"], code2.co_filename, type(code2).__name__)
print(marshal.loads(marshal.dumps(ns["f"].__code__)).co_varnames)

# dump / load with files, several values in a row
buf = io.BytesIO()
marshal.dump({"first": 1}, buf)
marshal.dump([2, "second"], buf)
marshal.dump("third", buf, 4)
buf.seek(0)
print(marshal.load(buf), marshal.load(buf), marshal.load(buf))
try:
    marshal.load(buf)
except EOFError as e:
    print("EOFError", e)

# trailing bytes are ignored by loads
print(marshal.loads(marshal.dumps(7) + b"junk"))

# errors
for bad in (object(), [object()], {1: object()}, print, type):
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print("ValueError", type(bad).__name__)
try:
    marshal.loads(b"")
except EOFError as e:
    print("EOFError", e)
try:
    marshal.loads(marshal.dumps("a string that is long")[:-3])
except EOFError as e:
    print("EOFError", e)
try:
    marshal.loads("str")
except TypeError as e:
    print("TypeError", e)
try:
    marshal.loads(b"\xfe\xfd")
except ValueError as e:
    print("ValueError")
