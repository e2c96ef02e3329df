# pkgutil (iter_modules, walk_packages, get_data, extend_path, resolve_name,
# get_importer, find_loader, ModuleInfo) and runpy (run_module, run_path)
# over a temporary package tree.
import os
import sys
import tempfile
import pkgutil
import runpy

root = tempfile.mkdtemp()


def write(rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


write("top_mod_a.py", "X = 1\n")
write("top_mod_b.py", "print('importing b')\nY = 2\n")
write("pkg_one/__init__.py", "NAME = 'one'\n")
write("pkg_one/alpha.py", "A = 'alpha'\n")
write("pkg_one/data/res.txt", "resource text\n")
write("pkg_one/sub/__init__.py", "")
write("pkg_one/sub/deep.py", "D = 4\n")
write("pkg_one/notapkg/stuff.py", "")
write("pkg_one/__main__.py", "print('pkg_one main', __name__, __package__)\nRESULT = 'main'\n")
write("broken_pkg/__init__.py", "raise RuntimeError('broken on import')\n")
write("broken_pkg/inner.py", "")
write("not_a_module.txt", "")
write("runme.py", "import sys\nprint('runme', __name__, __file__ == THE_FILE, sys.argv[0] == THE_FILE)\n"
      "value = 6 * 7\n")
write("script_dir/__main__.py", "import sys\nprint('dir main', __name__)\nDIR_VALUE = 1\n")
write("ns_a/nspkg/mod1.py", "")
write("ns_b/nspkg/mod2.py", "")
write("runner/mod_main.py", "print('mod_main', __name__, __package__)\n"
      "if __name__ == '__main__':\n    print('as main')\nZ = INJECTED + 1\n")
write("runner/__init__.py", "")

sys.path.insert(0, root)

for info in pkgutil.iter_modules([root]):
    print(info.name, info.ispkg, type(info).__name__, info.module_finder.path == root)
print([m.name for m in pkgutil.iter_modules([os.path.join(root, "pkg_one")], "pkg_one.")])
try:
    list(pkgutil.iter_modules(root))
except ValueError as e:
    print(e)

errors = []
names = [m.name for m in pkgutil.walk_packages([root], onerror=errors.append)]
print(names)
print(errors)
try:
    list(pkgutil.walk_packages([root]))
except RuntimeError as e:
    print("walk raised:", e)

mi = pkgutil.ModuleInfo(None, "n", False)
print(mi, mi._fields)

print(pkgutil.get_data("pkg_one", "data/res.txt"))
print(pkgutil.get_data("pkg_one.sub", "deep.py"))
try:
    pkgutil.get_data("pkg_one", "data/missing.txt")
except OSError as e:
    print(type(e).__name__)
print(pkgutil.get_data("no_such_package_xyz", "x"))

import pkg_one
print(pkgutil.resolve_name("pkg_one.alpha.A"), pkgutil.resolve_name("pkg_one.alpha:A"))
print(pkgutil.resolve_name("pkg_one.sub.deep").D, pkgutil.resolve_name("pkg_one:NAME"))
print(pkgutil.resolve_name("os.path:join") is os.path.join)
print(pkgutil.resolve_name("os.path.join") is os.path.join)
for bad in ["1abc", "a:b:c", "pkg_one.nope", "nosuch_mod_zz"]:
    try:
        pkgutil.resolve_name(bad)
    except (ValueError, AttributeError, ImportError) as e:
        print(type(e).__name__, e)

imp = pkgutil.get_importer(root)
print(type(imp).__name__, imp.path == root, pkgutil.get_importer(root) is imp)
print(pkgutil.get_importer(os.path.join(root, "runme.py")))
print(type(pkgutil.find_loader("pkg_one.alpha")).__name__)
print(pkgutil.find_loader("pkg_one.nothing_here"))
try:
    pkgutil.find_loader(".rel")
except ImportError as e:
    print(e)
print(pkgutil.get_loader("pkg_one.nothing") is None)

# extend_path: a namespace spread over two directories, plus a .pkg file
sys.path.insert(0, os.path.join(root, "ns_a"))
sys.path.insert(0, os.path.join(root, "ns_b"))
write("ns_a/nspkg.pkg", "# comment\n\n/extra/dir\n")
ext = pkgutil.extend_path([os.path.join(root, "ns_a", "nspkg")], "nspkg")
print([p.replace(root, "ROOT") for p in ext])
print(pkgutil.extend_path("notalist", "nspkg"))

# runpy.run_module
g = runpy.run_module("runner.mod_main", init_globals={"INJECTED": 41})
print(g["Z"], g["__name__"], g["__package__"], g["__file__"].replace(root, "ROOT"))
g = runpy.run_module("runner.mod_main", init_globals={"INJECTED": 1}, run_name="__main__",
                     alter_sys=True)
print(g["Z"], g["__name__"], "__main__" in sys.modules, sys.argv[0] != g["__file__"])
g = runpy.run_module("pkg_one")
print(g["RESULT"], g["__name__"], g["__spec__"].name)
for bad in ["no_such_mod_q", ".rel", "pkg_one.__main__.x", "top_mod_a.py"]:
    try:
        runpy.run_module(bad)
    except ImportError as e:
        print(type(e).__name__, str(e).replace(root, "ROOT"))

# runpy.run_path: a file and a directory with __main__.py
path = os.path.join(root, "runme.py")
g = runpy.run_path(path, init_globals={"THE_FILE": path})
print(g["value"], g["__name__"], g["__file__"] == path)
g = runpy.run_path(path, init_globals={"THE_FILE": path}, run_name="custom.name")
print(g["__name__"], g["__package__"])
g = runpy.run_path(os.path.join(root, "script_dir"))
print(g["DIR_VALUE"], g["__name__"], os.path.join(root, "script_dir") in sys.path)
try:
    runpy.run_path(os.path.join(root, "pkg_one", "sub"))
except ImportError as e:
    print(str(e).replace(root, "ROOT"))

# the standard library's own packages (coil's are embedded in the binary)
import json
names = [m.name for m in pkgutil.iter_modules(json.__path__)]
print(sorted({"decoder", "encoder", "scanner"} & set(names)))
print(any(m.name == "json" and m.ispkg for m in pkgutil.iter_modules()))
print([m.name for m in pkgutil.walk_packages(json.__path__, "json.")
       if m.name in ("json.decoder", "json.encoder")])
print(pkgutil.get_data("json", "decoder.py")[:0], type(pkgutil.find_loader("json.decoder")).__name__)
