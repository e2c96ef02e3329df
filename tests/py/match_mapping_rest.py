# **rest in mapping patterns: a new dict of the keys not matched.
def split(d):
    match d:
        case {"a": a, **rest}:
            return a, rest
        case {**everything}:
            return None, everything

a, rest = split({"a": 1, "b": 2, "c": 3})
print(a, rest, type(rest).__name__)
a, rest = split({"x": 1})
print(a, rest)

src = {"a": 1, "b": 2}
_, rest = split(src)
rest["z"] = 26
print("source untouched:", src, "rest:", rest)

# rest is a plain dict even for dict subclasses; insertion order kept.
class MyDict(dict):
    pass

match MyDict(z=1, y=2, a=0, x=3):
    case {"a": 0, **others}:
        print(type(others).__name__, others)

# defaultdict: the pattern uses .get(), so missing keys are not created.
from collections import defaultdict
dd = defaultdict(list)
dd["present"].append(1)
match dd:
    case {"missing": v}:
        print("wrong")
    case {"present": [1], **rest}:
        print("defaultdict matched, rest =", rest)
print("keys after match:", sorted(dd))

# A mapping subclass with its own get() is consulted.
class Loud(dict):
    def get(self, key, default=None):
        print("  get", repr(key))
        return super().get(key, default)

match Loud(p=1, q=2):
    case {"p": 1, "q": q}:
        print("Loud matched q =", q)

# Length check: a dict with fewer items than keys fails without lookups.
match Loud(p=1):
    case {"p": 1, "q": 2}:
        print("wrong")
    case _:
        print("too short, no get calls")
