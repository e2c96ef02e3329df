# Star patterns in sequences: capture the rest as a list.
def split(s):
    match s:
        case [*all_]:
            pass
    match s:
        case []:
            return "empty"
        case [first, *rest]:
            return f"first={first} rest={rest}"

print(split([]), split([1]), split([1, 2, 3]), split((4, 5)))

def ends(s):
    match s:
        case [*init, last]:
            return f"init={init} last={last}"
    return "too short"

print(ends([1]), ends([1, 2, 3]), ends(()), ends(range(4)))

def middle(s):
    match s:
        case [a, *mid, b]:
            return f"a={a} mid={mid} b={b}"
    return "too short"

for t in [[1], [1, 2], [1, 2, 3], (1, 2, 3, 4, 5)]:
    print(middle(t))

# Starred wildcards: no list is built; items read by index.
def wild(s):
    match s:
        case [x, *_, y, z]:
            return f"x={x} y={y} z={z}"
        case [*_, 0]:
            return "ends with zero"
        case [1, *_]:
            return "starts with one"
        case [*_]:
            return "any sequence"
    return "not a sequence"

for t in [[1, 2], [7, 8, 9], [1, 2, 3, 4, 5], [5, 0], [1], [3], [], "abc", 5, range(10)]:
    print(repr(t), wild(t))

# Star capture type is always list.
match (1, 2, 3):
    case (a, *b):
        print(type(b).__name__, b)
match range(5):
    case [*b, c]:
        print(type(b).__name__, b, c)

# Star with nested patterns around it.
match [(1, 2), 3, 4, (5, 6)]:
    case [(a, b), *mid, (c, d)]:
        print(a, b, mid, c, d)

# Length checks use len() of the subject.
class Seq(list):
    def __len__(self):
        print("  len called")
        return super().__len__()

match Seq([1, 2, 3]):
    case [a, *_, c]:
        print("Seq", a, c)
