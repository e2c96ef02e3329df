# importlib.reload executes a module again in its existing dict; deleting
# the sys.modules entry forces a fresh import; reload's errors.
import importlib
import sys
import types

import modpkg.counter as counter
print("runs:", counter.runs)
d = counter.__dict__
counter.added_later = "still here"
r = importlib.reload(counter)
print("same object:", r is counter, "same dict:", counter.__dict__ is d)
print("runs after reload:", counter.runs, counter.added_later)
print("in sys.modules:", sys.modules["modpkg.counter"] is counter)
print("name and file kept:", counter.__name__, counter.__file__.endswith("counter.py"))
print("spec:", counter.__spec__.name)

# A function defined before the reload keeps its globals: the same dict.
f_before = counter.__dict__.get("store")
importlib.reload(counter)
print("runs:", counter.runs, "store shared:", counter.store is f_before)

# Deleting the entry forces a re-import: a new module, the body runs again.
del sys.modules["modpkg.counter"]
import modpkg.counter as fresh
print("fresh module:", fresh is not counter, "runs:", fresh.runs, "old copy untouched:", counter.runs)
print("package attribute rebound:", sys.modules["modpkg"].counter is fresh)

# Reloading a package and a C module.
import modpkg
print("package reload:", importlib.reload(modpkg) is modpkg)
import math
print("C module reload:", importlib.reload(math) is math)
print("sys reload:", importlib.reload(sys) is sys)

for bad in (42, "modpkg", types.ModuleType("not_imported")):
    try:
        importlib.reload(bad)
    except (TypeError, ImportError) as e:
        print(type(e).__name__ + ":", e, getattr(e, "name", None))
del sys.modules["modpkg.counter"]
try:
    importlib.reload(fresh)
except ImportError as e:
    print(type(e).__name__ + ":", e, e.name)

# A module whose name has no source any more.
ghost = types.ModuleType("modpkg_ghost_module")
sys.modules["modpkg_ghost_module"] = ghost
try:
    importlib.reload(ghost)
except ImportError as e:
    print(type(e).__name__ + ":", e, e.name)
print("ghost still registered:", sys.modules["modpkg_ghost_module"] is ghost)
