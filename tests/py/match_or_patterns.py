# Or-patterns: alternatives tried left to right; they bind the same names.
def f(x):
    match x:
        case 0 | 1 | 2:
            return "small"
        case "a" | "b":
            return "letter"
        case [x, 0] | [0, x]:
            return f"pair with zero, other {x}"
        case (a, b) | [a, b, _]:
            return f"a={a} b={b}"
        case {"k": v} | {"key": v}:
            return f"keyed {v}"
        case int(n) | float(n) if n > 100:
            return f"big {n}"
        case None | True | False:
            return "singleton"
    return "nothing"

for v in [0, 2, 3, "a", "c", [5, 0], [0, 6], [0, 0], (1, 2), [1, 2, 3], {"k": 1},
          {"key": 2}, {"x": 3}, 101, 100.5, 50, None, False]:
    print(repr(v), "->", f(v))

# Names bound in different orders in each alternative.
def order(x):
    match x:
        case (a, b, "ab") | (b, a, "ba"):
            return a, b
    return None

print(order((1, 2, "ab")), order((1, 2, "ba")), order((1, 2, "zz")))

def three(x):
    match x:
        case [a, b, c, 1] | [c, a, b, 2] | [b, c, a, 3]:
            return a, b, c
    return None

for t in [[1, 2, 3, 1], [1, 2, 3, 2], [1, 2, 3, 3], [1, 2, 3, 4]]:
    print(t, three(t))

# Nested or-patterns, with captures around them.
match [1, ("x", 5), 9]:
    case [first, ("y", n) | ("x", n), last]:
        print("nested or:", first, n, last)

match {"op": "add", "args": [1, 2]}:
    case {"op": "add" | "plus" as op, "args": [l, r]}:
        print(op, l + r)

# Alternatives are tried in order; side effects show it.
class Probe:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print("  compare", self.name, "with", other)
        return self.name == other

match "b":
    case Probe.__call__ | "x":
        pass
    case _:
        pass

class Consts:
    A = Probe("a")
    B = Probe("b")
    C = Probe("c")

match "b":
    case Consts.A | Consts.B | Consts.C:
        print("matched at B, C not tried")

# The last alternative may be irrefutable when the case is last.
match 99:
    case 1 | _:
        print("fell to the wildcard alternative")
