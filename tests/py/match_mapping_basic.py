# Mapping patterns: dicts and dict subclasses; listed keys must be present
# (extra keys are fine); values are matched by sub-patterns.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k)}:
            return f"key {k}"
        case {"type": "key"}:
            return "key without str"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "some other mapping"
    return "not a mapping"

events = [
    {"type": "click", "pos": (1, 2)},
    {"type": "click", "pos": [3, 4], "button": 1},
    {"type": "click", "pos": (1, 2, 3)},
    {"type": "key", "key": "a"},
    {"type": "key", "key": 5},
    {"type": "scroll"},
    {"kind": "x"},
    {},
    [("type", "click")],
    "type",
    None,
]
for e in events:
    print(repr(e), "->", handle(e))

# Numeric, None and bool keys; keys compare like dict lookups.
def numkeys(m):
    match m:
        case {0: a, -1: b}:
            return f"zero={a} minus={b}"
        case {None: v}:
            return f"None key {v}"
        case {True: v}:
            return f"True key {v}"
        case {2.5: v}:
            return f"float key {v}"
    return "none"

print(numkeys({0: "a", -1: "b"}))
print(numkeys({0.0: "a", -1: "b", 7: 7}))
print(numkeys({None: 1}))
print(numkeys({1: "one"}))
print(numkeys({2.5: "x"}))
print(numkeys({5: 5}))

# Value-pattern keys.
class K:
    name = "name"
    age = "age"

match {"name": "Ann", "age": 31}:
    case {K.name: n, K.age: a}:
        print("dotted keys:", n, a)

# Nested mappings.
config = {"db": {"host": "localhost", "port": 5432}, "debug": True}
match config:
    case {"db": {"host": host, "port": int(port)}, "debug": True}:
        print("db", host, port)

# A dict subclass.
class MyDict(dict):
    pass

match MyDict(a=1):
    case {"a": v}:
        print("MyDict matched", v)
