# One site sees ints, then floats, then a user class with __add__, then
# strings, lists and big ints: every specialised form must fall back.
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))
    def __sub__(self, o):
        return V(self.x - o)
    def __mul__(self, o):
        return V(self.x * o)
    def __lt__(self, o):
        return self.x < (o.x if isinstance(o, V) else o)
    def __repr__(self):
        return "V(%r)" % (self.x,)

def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
def div(a, b): return a / b
def fdiv(a, b): return a // b
def mod(a, b): return a % b
def lt(a, b): return a < b
def eq(a, b): return a == b

for rnd in range(3):
    out = []
    for i in range(60):
        out.append(add(i, 1))
    out.append(add(1.5, 2))
    out.append(add(2, 1.5))
    out.append(add(V(1), 2))
    out.append(add("a", "b"))
    out.append(add([1], [2]))
    out.append(add(2**46, 2**46))
    out.append(add(2**47, 1))
    out.append(add(-2**47, -1))
    out.append(add(True, True))
    print(out[-12:])
    print([sub(i, 3) for i in range(5)], sub(1.0, 3), sub(V(5), 1), sub(-2**47, 1))
    print([mul(i, i) for i in range(5)], mul(2**40, 2**40), mul(2.5, 2), mul("ab", 3), mul(3, [0]), mul(V(2), 3))
    print([div(i, 2) for i in range(5)], div(1, 3), div(7.5, 2.5), div(2**47, 2))
    print([fdiv(i, 3) for i in range(-4, 5)], fdiv(-7, 2), fdiv(7.5, 2), fdiv(2**50, 3))
    print([mod(i, 3) for i in range(-4, 5)], mod(-7, -2), mod(7.5, 2), mod("%s!", "x"))
    print([lt(i, 3) for i in range(5)], lt(1.5, 2.5), lt(2.5, 1.5), lt("a", "b"), lt(V(1), 2), lt(1, 2.5))
    print([eq(i, 3) for i in range(5)], eq("ab", "a" + "b"), eq("x", "y"), eq(1, 1.0), eq(float("nan"), float("nan")), eq(None, None))
    for bad in ((1, 0), (1.0, 0.0), (1, 0.0)):
        for fn in (div, fdiv, mod):
            try:
                fn(*bad)
            except ZeroDivisionError as e:
                print(fn.__name__, bad, "ZeroDivisionError:", e)
    try:
        add(1, "x")
    except TypeError as e:
        print("TypeError:", e)
# Augmented assignment on one site with changing types.
acc = 0
for v in [1, 2, 3, 0.5, 0.25, 10, 2**60, 1]:
    acc += v
    print(acc)
s = ""
for ch in "hello":
    s += ch
print(s)
