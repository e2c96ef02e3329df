# A package's __init__ and its submodules each get a cache file in the
# package's own __pycache__; importlib.reload reuses the cache and executes
# the module again in its existing dict.
import importlib
import os
import sys

sys.dont_write_bytecode = False   # regen.sh runs CPython with PYTHONDONTWRITEBYTECODE=1
tag = sys.implementation.cache_tag
tmp = os.path.join(os.environ.get("TMPDIR", "/tmp"), "coil_pycache_pkg_%d" % os.getpid())
pkg = os.path.join(tmp, "pcpkg")
os.mkdir(tmp)
os.mkdir(pkg)
sys.path.insert(0, tmp)


def write(path, text):
    with open(path, "w") as f:
        f.write(text)


def cache_of(directory, name):
    return os.path.join(directory, "__pycache__", name + "." + tag + ".pyc")


def identity(path):
    st = os.stat(path)
    return (st.st_ino, st.st_mtime_ns, st.st_size)


def remove_tree(path):
    for entry in os.listdir(path):
        full = os.path.join(path, entry)
        if os.path.isdir(full):
            remove_tree(full)
        else:
            os.remove(full)
    os.rmdir(path)


def forget():
    for name in ("pcpkg", "pcpkg.util", "pcpkg.deep", "pcpkg.deep.leaf"):
        sys.modules.pop(name, None)


try:
    write(os.path.join(pkg, "__init__.py"), '"""the package"""\nfrom .util import helper\nLOADS = [1]\n')
    write(os.path.join(pkg, "util.py"), "from . import deep\ndef helper(x):\n    return deep.leaf.twice(x) + 1\n")
    os.mkdir(os.path.join(pkg, "deep"))
    write(os.path.join(pkg, "deep", "__init__.py"), "from . import leaf\n")
    write(os.path.join(pkg, "deep", "leaf.py"), "counter = 0\ndef twice(x):\n    return 2 * x\ncounter += 1\n")

    import pcpkg
    print(pcpkg.__doc__, pcpkg.helper(20), pcpkg.LOADS)
    files = [cache_of(pkg, "__init__"), cache_of(pkg, "util"),
             cache_of(os.path.join(pkg, "deep"), "__init__"), cache_of(os.path.join(pkg, "deep"), "leaf")]
    print("caches:", [os.path.exists(f) for f in files])
    print("package __cached__:", pcpkg.__cached__ == files[0])
    print("leaf __cached__:", pcpkg.deep.leaf.__cached__ == files[3])
    before = [identity(f) for f in files]

    old = pcpkg
    forget()
    import pcpkg.deep.leaf
    import pcpkg as again
    print("re-imported:", again is not old, again.helper(1), again.deep.leaf.counter)
    print("all reused:", [identity(f) for f in files] == before)

    # reload: the same module object, its dict updated in place.
    leaf = again.deep.leaf
    leaf.counter = 100
    leaf.extra = "kept"
    d = leaf.__dict__
    r = importlib.reload(leaf)
    print("reload returns the module:", r is leaf, "same dict:", leaf.__dict__ is d)
    print("re-executed:", leaf.counter, "old names kept:", leaf.extra)
    print("reload used the cache:", [identity(f) for f in files] == before)

    # Edit a submodule, then reload it: recompiled, cache rewritten.
    write(os.path.join(pkg, "deep", "leaf.py"), "counter = -1\ndef twice(x):\n    return 20 * x\n")
    importlib.reload(leaf)
    print("after edit:", leaf.counter, leaf.twice(2), again.helper(1))
    print("leaf cache rewritten:", identity(files[3]) != before[3], "others kept:", [identity(f) for f in files[:3]] == before[:3])
finally:
    sys.path.remove(tmp)
    forget()
    remove_tree(tmp)
print("cleaned up:", not os.path.exists(tmp))
