# fnmatch, glob and getopt on a directory tree made by the test.
import fnmatch, glob, getopt, os, errno

for name, pat in [("a.py", "*.py"), ("a.pyc", "*.py"), (".hidden", "*"), ("x1", "x?"),
                  ("x12", "x?"), ("b", "[abc]"), ("d", "[!abc]"), ("a", "[!abc]"),
                  ("[", "["), ("a-b", "a[-]b"), ("f", "[a-z]"), ("F", "[a-z]"),
                  ("ab", "a**b"), ("a\nb", "a*b"), ("z", "[z-a]"), ("]", "[]]")]:
    print(repr(name), repr(pat), fnmatch.fnmatch(name, pat), fnmatch.fnmatchcase(name, pat))
print(fnmatch.filter(["a.c", "b.h", "c.c", ".d.c"], "*.c"))
print(fnmatch.fnmatchcase(b"x.py", b"*.py"))

root = "/tmp/coil_glob_test_%d" % os.getpid()
def mk(path, d=False):
    p = os.path.join(root, path)
    if d:
        os.mkdir(p)
    else:
        with open(p, "w") as f:
            f.write("x")
os.mkdir(root)
for d in ["sub", "sub/deep", ".hid"]:
    mk(d, True)
for f in ["a.py", "b.py", "c.txt", ".dot.py", "sub/s.py", "sub/deep/d.py", "sub/deep/e.txt", ".hid/h.py"]:
    mk(f)
cwd = os.getcwd()
os.chdir(root)
try:
    print(sorted(glob.glob("*.py")))
    print(sorted(glob.glob("*")))
    print(sorted(glob.glob(".*")))
    print(sorted(glob.glob("*/*.py")))
    print(sorted(glob.glob("**/*.py", recursive=True)))
    print(sorted(glob.glob("**", recursive=True)))
    print(sorted(glob.glob("sub/**/", recursive=True)))
    print(sorted(glob.glob("**/*.py")))
    print(sorted(glob.glob("nothing*")), glob.glob("a.py"), glob.glob("missing.py"))
    print(sorted(glob.glob("*.py", root_dir="sub")))
    print(sorted(glob.glob(os.path.join(root, "sub", "*.py")))[0].endswith("sub/s.py"))
    print(sorted(glob.iglob("s*/d*/*")))
    print(sorted(glob.glob("*.py", include_hidden=True)))
    print(glob.escape("a*b?[c]"), glob.has_magic("a[b"), glob.has_magic("ab"))
finally:
    os.chdir(cwd)

opts, rest = getopt.getopt(["-a", "-b", "val", "-cfoo", "--long", "--with=3", "--wi", "4", "x", "-d"],
                           "ab:c:d", ["long", "with="])
print(opts, rest)
print(getopt.gnu_getopt(["x", "-a", "y", "--long", "--", "-b"], "ab", ["long"]))
print(getopt.gnu_getopt(["x", "-a"], "+a"))
for args, short, long in [(["-z"], "a", []), (["--nope"], "", ["yes"]), (["-b"], "b:", []),
                          (["--lo=1"], "", ["long"]), (["--l"], "", ["long", "list"])]:
    try:
        getopt.getopt(args, short, long)
    except getopt.GetoptError as e:
        print("GetoptError:", e, "|", e.opt, "|", e.msg)
print(getopt.error is getopt.GetoptError)
print(errno.ENOENT, errno.errorcode[errno.EEXIST], errno.EAGAIN == errno.EWOULDBLOCK)
try:
    os.mkdir(root)
except FileExistsError as e:
    print(e.errno == errno.EEXIST)

def rmtree(p):
    if os.path.isdir(p) and not os.path.islink(p):
        for n in os.listdir(p):
            rmtree(os.path.join(p, n))
        os.rmdir(p)
    else:
        os.remove(p)
rmtree(root)
print(os.path.exists(root))
