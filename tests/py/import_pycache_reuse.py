# Compiled modules are cached in __pycache__/NAME.<cache_tag>.pyc beside the
# source and reused while the source is unchanged; an edited source is
# recompiled and its cache rewritten (a rewrite replaces the file, so its
# inode changes); the main script itself is never cached.
import os
import sys

# Writing may be switched off by the environment (regen.sh runs CPython with
# PYTHONDONTWRITEBYTECODE=1); this test is about writing, so switch it on.
sys.dont_write_bytecode = False
tag = sys.implementation.cache_tag
tmp = os.path.join(os.environ.get("TMPDIR", "/tmp"), "coil_pycache_reuse_%d" % os.getpid())
os.mkdir(tmp)
sys.path.insert(0, tmp)


def write(name, text):
    with open(os.path.join(tmp, name), "w") as f:
        f.write(text)


def cache_of(name):
    return os.path.join(tmp, "__pycache__", name + "." + tag + ".pyc")


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


try:
    write("pc_reuse.py", "VALUE = 1\n\ndef f(x):\n    return x * 2\n\nclass K:\n    def m(self):\n        return [i * i for i in range(4)]\n")
    print("cache before import:", os.path.exists(cache_of("pc_reuse")))
    import pc_reuse
    print(pc_reuse.VALUE, pc_reuse.f(21), pc_reuse.K().m())
    print("cache after import:", os.path.exists(cache_of("pc_reuse")))
    print("__cached__ names it:", pc_reuse.__cached__ == cache_of("pc_reuse"))
    print("spec.cached names it:", pc_reuse.__spec__.cached == cache_of("pc_reuse"))
    print("__file__ is the source:", pc_reuse.__file__ == os.path.join(tmp, "pc_reuse.py"))
    first = identity(cache_of("pc_reuse"))

    # Deleting the sys.modules entry forces a re-import, served by the cache.
    del sys.modules["pc_reuse"]
    import pc_reuse as again
    print("new module object:", again is not pc_reuse)
    print(again.VALUE, again.f(5), again.K().m())
    print("functions come from the cache file:", again.f.__code__.co_filename == again.__file__)
    print("cache reused, not rewritten:", identity(cache_of("pc_reuse")) == first)

    # Edit the source (a different size, so even a coarse mtime notices).
    write("pc_reuse.py", "VALUE = 'edited'\n\ndef f(x):\n    return x * 3\n")
    del sys.modules["pc_reuse"]
    import pc_reuse as edited
    print(edited.VALUE, edited.f(5), hasattr(edited, "K"))
    print("cache rewritten:", identity(cache_of("pc_reuse")) != first)
    second = identity(cache_of("pc_reuse"))
    del sys.modules["pc_reuse"]
    import pc_reuse as third
    print(third.VALUE, "cache reused again:", identity(cache_of("pc_reuse")) == second)

    # The main script is never cached.
    here = os.path.dirname(os.path.abspath(__file__))
    print("main script cached:", os.path.exists(os.path.join(here, "__pycache__", "import_pycache_reuse." + tag + ".pyc")))

    # sys.dont_write_bytecode stops writing (reading still works).
    sys.dont_write_bytecode = True
    write("pc_nowrite.py", "X = 42\n")
    import pc_nowrite
    print(pc_nowrite.X, "cache written:", os.path.exists(cache_of("pc_nowrite")))
    sys.dont_write_bytecode = False
finally:
    sys.path.remove(tmp)
    remove_tree(tmp)
print("cleaned up:", not os.path.exists(tmp))
