# os: walk (top-down, bottom-up, onerror), scandir/DirEntry, symlinks, fd-level open/read/write/close, chmod/access, fsencode/fsdecode, PathLike, uname.
import os, sys
base = "/tmp/coil_os_walk_%d" % os.getpid()
os.makedirs(base + "/a/b")
os.makedirs(base + "/c")
for p in ["f1", "a/f2", "a/b/f3", "c/f4"]:
    with open(os.path.join(base, p), "w") as f: f.write(p)
for d, ds, fs in os.walk(base):
    print(d.replace(base, "B"), sorted(ds), sorted(fs))
for d, ds, fs in os.walk(base, topdown=False):
    print(d.replace(base, "B"), sorted(ds), sorted(fs))
with os.scandir(base) as it:
    for e in sorted(it, key=lambda e: e.name):
        print(e.name, e.is_dir(), e.is_file(), e.is_symlink(), e.path.replace(base, "B"), e.stat().st_size if e.is_file() else "-")
os.symlink(base + "/f1", base + "/lnk")
print(os.readlink(base + "/lnk").replace(base, "B"), os.path.islink(base + "/lnk"))
print([e.name for e in os.scandir(base) if e.is_symlink()])
fd = os.open(base + "/raw", os.O_WRONLY | os.O_CREAT, 0o600)
print(os.write(fd, b"abc"), os.close(fd))
os.chmod(base + "/raw", 0o400)
print(oct(os.stat(base + "/raw").st_mode & 0o777), os.access(base + "/raw", os.R_OK))
print(os.fsencode("é"), os.fsdecode(b"\xc3\xa9"), os.path.join(*[b"x", b"y"]))
class P:
    def __fspath__(self): return base
print(isinstance(P(), os.PathLike), os.fspath(P()) == base, len(list(os.scandir(P()))))
print(type(os.uname()).__name__, len(os.uname()), os.get_exec_path()[:1] != [])
def rm(p):
    if os.path.isdir(p) and not os.path.islink(p):
        for n in os.listdir(p): rm(os.path.join(p, n))
        os.rmdir(p)
    else: os.remove(p)
rm(base)
print(os.path.exists(base))
try: list(os.walk("/nonexistent/x"))
except Exception as e: print("err", e)
print(list(os.walk("/nonexistent/x")))
errs = []; list(os.walk("/nonexistent/x", onerror=errs.append)); print(type(errs[0]).__name__)
