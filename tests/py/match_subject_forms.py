# Subject expressions: tuples without parentheses, starred items, calls,
# attribute and subscript subjects, walrus.
a, b = 1, 2
match a, b:
    case (1, 2):
        print("tuple subject")

rest = [3, 4]
match a, *rest:
    case [1, 3, 4]:
        print("starred subject", (a, *rest))

data = {"key": [10, 20]}
match data["key"]:
    case [x, y]:
        print("subscript subject", x, y)

class Holder:
    value = ("v", 1)

match Holder.value:
    case ("v", n):
        print("attribute subject", n)

match (n := len("four")):
    case 4:
        print("walrus subject", n)

match [i * i for i in range(4)]:
    case [0, 1, *more]:
        print("comprehension subject", more)

# Matching the same subject repeatedly in a loop (the subject copy per case
# must not leak or be consumed).
counts = {"pairs": 0, "triples": 0, "other": 0}
for item in [(1, 2), (1, 2, 3), 5, (4, 5), [6, 7, 8], "s"] * 3:
    match item:
        case (_, _):
            counts["pairs"] += 1
        case (_, _, _):
            counts["triples"] += 1
        case _:
            counts["other"] += 1
print(counts)

# Deep nesting of match statements.
def nested(x, y):
    match x:
        case int():
            match y:
                case int():
                    return "int,int"
                case str():
                    return "int,str"
        case str():
            match y:
                case int():
                    return "str,int"
    return "other"

print(nested(1, 2), nested(1, "a"), nested("a", 1), nested("a", "b"), nested(1, 1.5))
