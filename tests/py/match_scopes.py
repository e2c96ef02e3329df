# Captures bind like assignments in every kind of scope.
def outer():
    match (1, 2):
        case (a, b):
            pass
    def inner():
        return a + b          # a and b are cells of outer
    return inner()

print("closure:", outer())

def rebinding():
    x = 0
    def get():
        return x
    match [5]:
        case [x]:
            pass
    return get()

print("cell rebound by capture:", rebinding())

total = None
def set_global(v):
    global total
    match v:
        case int(total):
            pass

set_global(42)
print("global:", total)

def nonlocal_capture():
    found = None
    def scan(items):
        nonlocal found
        match items:
            case [*_, ("id", found)]:
                pass
    scan([1, ("id", 7)])
    return found

print("nonlocal:", nonlocal_capture())

class Config:
    match {"debug": True, "level": 3}:
        case {"debug": debug, "level": level}:
            pass

print("class body:", Config.debug, Config.level)

def gen(items):
    for item in items:
        match item:
            case (key, value):
                yield f"{key}={value}"
            case str(s):
                yield s

print("generator:", list(gen([("a", 1), "plain", ("b", 2), 3])))

# Captures in a comprehension's function are local to it.
def classify_all(xs):
    out = []
    for x in xs:
        match x:
            case [h, *t]:
                out.append((h, len(t)))
    return out

print(classify_all([[1, 2, 3], [], [4]]))

# Module-level capture.
match "module":
    case str(where):
        pass
print("module level:", where)

# Lambdas and default arguments inside a case body.
match 10:
    case n:
        fns = [lambda k=k: n * k for k in range(3)]
print([f() for f in fns])
