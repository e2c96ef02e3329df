# Builtin types whose class pattern takes one positional sub-pattern that
# matches the whole subject: bool, bytes, dict, float, frozenset, int,
# list, set, str, tuple (and bytearray).
def kind(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str("") | bytes(b""):
            return "empty text"
        case str(s):
            return f"str {s!r}"
        case bytes(bs):
            return f"bytes {bs!r}"
        case list([a, b]):
            return f"list pair {a} {b}"
        case list(l):
            return f"list {l}"
        case tuple((a, *rest)):
            return f"tuple starting {a}, rest {rest}"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case dict(d):
            return f"dict {d}"
        case set(s):
            return f"set {sorted(s)}"
        case frozenset(s):
            return f"frozenset {sorted(s)}"
    return "other"

for v in [True, False, 0, -5, 7, 2**80, 1.5, "", b"", "hi", b"hi", [1, 2], [1, 2, 3],
          (9, 8, 7), (), {"k": 1}, {"x": 1}, {3, 1}, frozenset({2}), None]:
    print(repr(v), "->", kind(v))

# bool is a subclass of int: int(x) matches True.
match True:
    case int(n):
        print("True as int:", n)

# Subclasses of the builtins inherit the self-matching rule.
class MyList(list):
    pass

match MyList([1, 2]):
    case MyList([a, b]):
        print("MyList self:", a, b)

# ...unless they define __match_args__.
class Named(list):
    __match_args__ = ("first",)
    @property
    def first(self):
        return self[0]

match Named([4, 5]):
    case Named(f):
        print("Named via __match_args__:", f)

# Keyword patterns still use attributes.
match 10:
    case int(real=r, denominator=d):
        print("int attrs", r, d)

# A class pattern on a non-instance fails.
match "5":
    case int(v):
        print("wrong")
    case _:
        print("'5' is not an int")
