# return, break and continue inside case bodies, including nested in
# loops, try/finally and with blocks.
def find_first_even(items):
    for item in items:
        match item:
            case int(n) if n % 2 == 0:
                return n
            case int():
                continue
            case "stop":
                break
            case _:
                print("  skipping", repr(item))
    return None

print(find_first_even([1, 3, 4, 5]))
print(find_first_even([1, "x", 3, "stop", 8]))

def tokens(s):
    out = []
    i = 0
    while i < len(s):
        match s[i]:
            case " ":
                i += 1
                continue
            case "+" | "-" | "*" | "/" as op:
                out.append(("op", op))
            case d if d.isdigit():
                j = i
                while j < len(s) and s[j].isdigit():
                    j += 1
                out.append(("num", int(s[i:j])))
                i = j
                continue
            case ";":
                break
            case other:
                out.append(("?", other))
        i += 1
    return out

print(tokens("12 + 3*45 - x;ignored"))

def with_finally(x):
    try:
        match x:
            case 1:
                return "one"
            case _:
                raise ValueError(x)
    finally:
        print("  finally for", x)

print(with_finally(1))
try:
    with_finally(2)
except ValueError as e:
    print("ValueError", e)

class Ctx:
    def __enter__(self):
        print("  enter")
        return self
    def __exit__(self, *a):
        print("  exit")
        return False

def in_with(x):
    with Ctx():
        match x:
            case [a, b]:
                return a + b
    return None

print(in_with([1, 2]), in_with(3))

# Matching inside an except handler.
def handle(e):
    try:
        raise e
    except Exception as exc:
        match exc:
            case ValueError(args=(msg,)):
                return f"value error: {msg}"
            case KeyError(args=[key]):
                return f"missing key {key!r}"
            case _:
                return f"other: {type(exc).__name__}"

print(handle(ValueError("bad")), handle(KeyError("k")), handle(TypeError()))
