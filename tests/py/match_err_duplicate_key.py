# Literal keys that compare equal (1 and True) in one mapping pattern.
print("never printed")

match {1: "x"}:
    case {"a": 0, 1: x, True: y}:
        pass
