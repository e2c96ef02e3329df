# Literal patterns: numbers (== comparison), strings, bytes, and the
# singletons None/True/False (compared by identity).
def classify(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case -0.5:
            return "minus half"
        case 1_000_000:
            return "a million"
        case 0x10:
            return "sixteen"
        case "hello":
            return "str hello"
        case "con" "cat":
            return "concatenated"
        case b"raw":
            return "bytes raw"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "other"

values = [0, 0.0, -1, -1.0, 2.5, -0.5, 1000000, 16, 16.0, "hello", "concat",
          b"raw", "raw", None, True, False, 1, 1.0, "", [], 2**70]
for v in values:
    print(repr(v), "->", classify(v))

# True/False patterns use identity: 1 and 0 do not match them, but the
# numeric patterns do match True/False by equality.
def ident(x):
    match x:
        case True:
            return "is True"
        case 1:
            return "== 1"
        case False:
            return "is False"
        case 0:
            return "== 0"
    return "no match"

for v in [True, 1, 1.0, False, 0, 0.0, 2]:
    print(repr(v), "->", ident(v))

# A class with a custom __eq__ is asked.
class AlwaysEqual:
    def __eq__(self, other):
        print("  __eq__ called with", repr(other))
        return True

match AlwaysEqual():
    case 42:
        print("matched 42 through __eq__")

class NeverEqual:
    def __eq__(self, other):
        return False

match NeverEqual():
    case 42:
        print("wrong")
    case None:
        print("wrong None")
    case _:
        print("fell to wildcard")
