# importlib.util: loading a module from a file path, find_spec, resolve_name.
import importlib
import importlib.util
import importlib.machinery
import os
import sys
import tempfile
import types

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "plugin_mod.py")
with open(path, "w") as f:
    f.write("X = 41\n"
            "def answer():\n"
            "    return X + 1\n"
            "NAME = __name__\n"
            "FILE_OK = __file__.endswith('plugin_mod.py')\n")

spec = importlib.util.spec_from_file_location("plugin_mod", path)
print(spec.name, spec.origin == path, spec.has_location, spec.parent == "")
print(spec.submodule_search_locations)
print(type(spec.loader).__name__)
mod = importlib.util.module_from_spec(spec)
print(type(mod).__name__, mod.__name__, mod.__spec__ is spec, mod.__file__ == path)
print("plugin_mod" in sys.modules)
spec.loader.exec_module(mod)
print(mod.X, mod.answer(), mod.NAME, mod.FILE_OK)
sys.modules["plugin_mod"] = mod
import plugin_mod
print(plugin_mod is mod)

# A package loaded by path.
pkg = os.path.join(tmp, "mypkg")
os.mkdir(pkg)
with open(os.path.join(pkg, "__init__.py"), "w") as f:
    f.write("VALUE = 'pkg'\n")
pspec = importlib.util.spec_from_file_location(
    "mypkg", os.path.join(pkg, "__init__.py"),
    submodule_search_locations=[pkg])
pm = importlib.util.module_from_spec(pspec)
pspec.loader.exec_module(pm)
print(pm.VALUE, pm.__path__ == [pkg], pspec.parent)
print(pspec.loader.is_package("mypkg"), spec.loader.is_package("plugin_mod"))
print(spec.loader.get_source("plugin_mod").splitlines()[0])
print(importlib.util.spec_from_file_location("data", os.path.join(tmp, "x.txt")))

# A module that raises while executing.
bad = os.path.join(tmp, "bad_mod.py")
with open(bad, "w") as f:
    f.write("raise ValueError('boom in module')\n")
bspec = importlib.util.spec_from_file_location("bad_mod", bad)
bm = importlib.util.module_from_spec(bspec)
try:
    bspec.loader.exec_module(bm)
except ValueError as e:
    print("ValueError:", e)

# find_spec
print(importlib.util.find_spec("no_such_module_xyz"))
s = importlib.util.find_spec("sys")
print(s.name, s.origin)
sys.path.insert(0, tmp)
s = importlib.util.find_spec("bad_mod")
print(s.name, s.origin == bad)
del sys.modules["plugin_mod"]
s = importlib.util.find_spec("plugin_mod")
print(s.name, s.origin == path)
s = importlib.util.find_spec("mypkg")
print(s.name, s.submodule_search_locations == [pkg])
s = importlib.util.find_spec(".decoder", "json")
print(s.name)
print(importlib.util.find_spec("json") is sys.modules["json"].__spec__)
try:
    importlib.util.find_spec("os.path.nothing")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
sys.modules["fake_mod"] = types.ModuleType("fake_mod")
try:
    importlib.util.find_spec("fake_mod")
except ValueError as e:
    print("ValueError:", e)

print(importlib.util.resolve_name("abc", None))
print(importlib.util.resolve_name(".sub", "pkg.mod"))
print(importlib.util.resolve_name("..sub", "pkg.mod"))
try:
    importlib.util.resolve_name("...x", "pkg")
except ImportError as e:
    print("ImportError:", e)
try:
    importlib.util.resolve_name(".x", None)
except ImportError as e:
    print("ImportError:", e)

print(importlib.import_module("textwrap").dedent("    ok"))
print(callable(importlib.reload), callable(importlib.invalidate_caches))
import shutil
shutil.rmtree(tmp)
