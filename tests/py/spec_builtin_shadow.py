# Builtins and globals read by specialised LOAD_GLOBAL sites, then
# shadowed, deleted, or changed.
import builtins

def use_len(x):
    return len(x)

def use_glob():
    return G

G = 1
for _ in range(50):
    a = use_len([1, 2, 3]), use_glob()
print(a)

def len(x):
    return "shadowed %d" % builtins.len(x)
print(use_len([1, 2, 3]))
del len
print(use_len([1, 2, 3]))
G = 2
print(use_glob())
del G
try:
    use_glob()
except NameError as e:
    print("NameError:", e)
G = "back"
print(use_glob())
builtins.G = "from builtins"
del G
print(use_glob())
del builtins.G
try:
    use_glob()
except NameError as e:
    print("NameError:", e)

# Replacing a builtin in the builtins module itself.
orig_abs = abs
def f(x):
    return abs(x)
for _ in range(50):
    r = f(-3)
print(r)
builtins.abs = lambda x: "fake abs"
print(f(-3))
builtins.abs = orig_abs
print(f(-3))

# Many globals added after specialisation (the dict grows and moves).
def read_k():
    return k0
k0 = "k0"
for _ in range(50):
    v = read_k()
for i in range(1, 200):
    globals()["k%d" % i] = i
print(read_k(), k199)
globals()["k0"] = "updated"
print(read_k())

# type(), isinstance and method calls through specialised CALL sites.
def kind(x):
    return type(x), isinstance(x, int)
print([kind(v) for v in (1, 2.0, "s", [1], None, True)])
type = lambda x: "fake type"
print(kind(1))
del type
print(kind(1))

# Module attributes read through specialised sites, then changed.
import math
def m():
    return math.pi, math.floor(2.5)
for _ in range(50):
    x = m()
print(x)
math.pi = 3
math.floor = lambda v: "floor!"
print(m())
del math.floor
try:
    m()
except AttributeError as e:
    print("AttributeError:", e)
