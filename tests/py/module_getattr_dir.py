# PEP 562: module-level __getattr__ and __dir__, on a module object and on a
# module imported from a file (lazy attributes, deprecation shims)
import sys, os, tempfile, types, importlib

m = types.ModuleType("mm")
calls = []
def ga(name):
    calls.append(name)
    if name == "magic":
        return 42
    raise AttributeError(f"module 'mm' has no attribute {name!r}")
m.__getattr__ = ga
m.__dir__ = lambda: ["x", "magic", "b"]
m.x = 1
print(m.x, m.magic, getattr(m, "zz", "dflt"), hasattr(m, "nope"), dir(m))
print(calls)
try:
    m.nope
except AttributeError as e:
    print("AE", e)
sys.modules["mm"] = m
from mm import magic
print(magic)
try:
    from mm import nope
except ImportError as e:
    print("IE", e)

# __getattr__ that raises something else
m2 = types.ModuleType("m2")
def bad(name):
    raise KeyError(name)
m2.__getattr__ = bad
try:
    m2.q
except KeyError as e:
    print("KE", e)
print(getattr(m2, "__name__"))
# a __dir__ returning a tuple is sorted into a list
m2.__dir__ = lambda: ("z", "a")
print(dir(m2))
del m2.__dir__
print(sorted(n for n in dir(m2) if not n.startswith("__")))

d = tempfile.mkdtemp()
with open(os.path.join(d, "lazymod.py"), "w") as f:
    f.write('''
import warnings
_deprecated = {"old_name": "new_name"}
new_name = "the new value"
loads = 0
def __getattr__(name):
    global loads
    if name in _deprecated:
        return globals()[_deprecated[name]]
    if name == "heavy":
        loads += 1
        value = [i * i for i in range(5)]
        globals()["heavy"] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return sorted(list(globals()) + ["heavy", "old_name"])
''')
sys.path.insert(0, d)
import lazymod
print(lazymod.old_name)
print(lazymod.heavy, lazymod.heavy, lazymod.loads)
print("heavy" in dir(lazymod), "old_name" in dir(lazymod))
from lazymod import old_name as o2
print(o2)
try:
    lazymod.missing
except AttributeError as e:
    print("AE", e)
# a loop reading the attribute (specialised sites must still fall back)
total = 0
for i in range(300):
    total += len(lazymod.old_name)
print(total)
