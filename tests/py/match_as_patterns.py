# as-patterns bind the subject of a sub-pattern.
def f(x):
    match x:
        case [1, 2] as whole:
            return f"whole {whole}"
        case [(0 | 1) as bit, *rest]:
            return f"bit {bit}, rest {rest}"
        case {"pos": (x, y) as pos}:
            return f"pos {pos} x={x} y={y}"
        case str() as s if len(s) > 3:
            return f"long string {s}"
        case (int() | float()) as num:
            return f"number {num}"
        case ([a, b] | (a, b, _)) as seq:
            return f"seq {seq} a={a} b={b}"
    return "none"

for v in [[1, 2], [0, 5, 6], [1], {"pos": (3, 4)}, "hello", "hey", 5, 2.5,
          [7, 8], (7, 8, 9), (1, 2)]:
    print(repr(v), "->", f(v))

# as binds the same object, not a copy.
lst = [1, [2, 3]]
match lst:
    case [_, inner as alias]:
        print("same object:", alias is lst[1])

# Chained as.
match 5:
    case (5 as a) as b:
        print("chained", a, b)

# An as-pattern that fails binds nothing.
name = "unset"
match [1, 2]:
    case [1, 3] as name:
        pass
    case _:
        pass
print("name after failed as:", name)
