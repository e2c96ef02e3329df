# Sequence patterns: lists and tuples with fixed length, nested patterns.
def describe(s):
    match s:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case (x, y, z):
            return f"three: {x}, {y}, {z}"
        case [[a, b], [c, d]]:
            return f"2x2: {a}{b}{c}{d}"
        case [_, _, _, _, _]:
            return "five of anything"
    return "other"

tests = [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], (4, 5, 6),
         [[1, 2], [3, 4]], ([1, 2], (3, 4)), [[1, 2], [3]], [1, 2, 3, 4, 5],
         [1, 2, 3, 4, 5, 6], "ab", b"ab", {1: 2}]
for t in tests:
    print(repr(t), "->", describe(t))

# Parenthesised and bracketed forms are the same pattern; a group is not a tuple.
match (1, 2):
    case (1, 2):
        print("tuple pattern matches tuple")
match [1, 2]:
    case (1, 2):
        print("tuple pattern matches list")
match 5:
    case (5):
        print("group pattern")
match (5,):
    case (5,):
        print("one-tuple pattern")

# Open sequence pattern at the top level.
match 1, 2:
    case a, b:
        print("open sequence", a, b)

# Items are compared with ==.
match [1.0, True]:
    case [1, 1]:
        print("1.0 == 1 and True == 1")

# Nested captures come out in order.
match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print(a, b, c, d)
