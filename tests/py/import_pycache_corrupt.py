# A cache file that is garbage, truncated, empty or stale is never trusted:
# the import compiles the source instead and writes a good cache file back.
# (A cache whose header is intact but whose body is damaged is rejected by
# coil too, by its checksum, but CPython trusts such a file and fails, so
# that case lives in tests/unit/test_marshal.c.)
import os
import sys

# Writing may be switched off by the environment (regen.sh runs CPython with
# PYTHONDONTWRITEBYTECODE=1); this test is about writing, so switch it on.
sys.dont_write_bytecode = False
tag = sys.implementation.cache_tag
tmp = os.path.join(os.environ.get("TMPDIR", "/tmp"), "coil_pycache_corrupt_%d" % os.getpid())
os.mkdir(tmp)
sys.path.insert(0, tmp)


def write(name, text):
    with open(os.path.join(tmp, name), "w") as f:
        f.write(text)


def cache_of(name):
    return os.path.join(tmp, "__pycache__", name + "." + tag + ".pyc")


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def write_bytes(path, data):
    with open(path, "wb") as f:
        f.write(data)


def remove_tree(path):
    for entry in os.listdir(path):
        full = os.path.join(path, entry)
        if os.path.isdir(full):
            remove_tree(full)
        else:
            os.remove(full)
    os.rmdir(path)


def reimport():
    sys.modules.pop("pc_corrupt", None)
    import pc_corrupt
    return pc_corrupt


try:
    write("pc_corrupt.py", "DATA = (1, 2.5, 'three', b'four', 2 ** 80, frozenset({5}), None, ...)\n"
                           "def total(*xs):\n    return sum(xs)\n")
    m = reimport()
    print(m.DATA, m.total(1, 2, 3))
    good = read_bytes(cache_of("pc_corrupt"))
    print("cache written:", len(good) > 16)

    cases = [
        ("garbage", b"this is not a cache file at all" * 3),
        ("truncated header", good[:10]),
        ("empty", b""),
        ("wrong magic", bytes([good[0] ^ 0xFF]) + good[1:]),
    ]
    for label, data in cases:
        write_bytes(cache_of("pc_corrupt"), data)
        m = reimport()
        print(label + ":", m.DATA[2], m.total(4, 5), "rewritten:", read_bytes(cache_of("pc_corrupt")) == good)

    # A stale cache: the source changed after the cache was written.
    write("pc_corrupt.py", "DATA = ('new', 'source')\ndef total(*xs):\n    return -sum(xs)\n")
    m = reimport()
    print("stale:", m.DATA, m.total(1, 2))
    fresh = read_bytes(cache_of("pc_corrupt"))
    print("rewritten for the new source:", fresh != good and fresh[:4] == good[:4])
    m = reimport()
    print("reused:", m.DATA, read_bytes(cache_of("pc_corrupt")) == fresh)

    # A directory where the cache file should be: the import still works.
    os.remove(cache_of("pc_corrupt"))
    os.mkdir(cache_of("pc_corrupt"))
    m = reimport()
    print("cache path is a directory:", m.DATA, os.path.isdir(cache_of("pc_corrupt")))
finally:
    sys.path.remove(tmp)
    remove_tree(tmp)
print("cleaned up:", not os.path.exists(tmp))
