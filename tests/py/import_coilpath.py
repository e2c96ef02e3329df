# COILPATH (coil's PYTHONPATH): its colon-separated entries go in sys.path
# after the script's directory and before coil's own library, made absolute
# (an empty entry is the current directory). Runs a child interpreter with
# the variable set (PYTHONPATH when this runs on CPython).
import os
import sys

var = "COILPATH" if sys.implementation.name == "coil" else "PYTHONPATH"
tmp = os.path.join(os.environ.get("TMPDIR", "/tmp"), "coil_coilpath_%d" % os.getpid())
first = os.path.join(tmp, "first")
second = os.path.join(tmp, "second")
for d in (tmp, first, second):
    os.mkdir(d)


def remove_tree(path):
    for entry in os.listdir(path):
        full = os.path.join(path, entry)
        if os.path.isdir(full):
            remove_tree(full)
        else:
            os.remove(full)
    os.rmdir(path)


def write(path, text):
    with open(path, "w") as f:
        f.write(text)


write(os.path.join(first, "cp_mod_a.py"), "WHERE = 'first'\n")
write(os.path.join(second, "cp_mod_a.py"), "WHERE = 'second (shadowed)'\n")
write(os.path.join(second, "cp_mod_b.py"), "WHERE = 'second'\n")
write(os.path.join(tmp, "cp_mod_b.py"), "WHERE = 'script directory wins'\n")
child = os.path.join(tmp, "child.py")
write(child, """import os, sys
first, second = sys.argv[1], sys.argv[2]
print("path[0] is the script dir:", sys.path[0] == os.path.dirname(os.path.abspath(__file__)))
print("entries next:", sys.path[1:3] == [first, second])
print("relative entry made absolute:", sys.path[3] == os.path.abspath("rel/dir"))
print("empty entry is the cwd:", sys.path[4] == os.getcwd())
import collections
lib = os.path.dirname(os.path.dirname(collections.__file__))
print("the library comes after them:", lib in sys.path and sys.path.index(lib) > 4)
import cp_mod_a, cp_mod_b
print(cp_mod_a.WHERE, "|", cp_mod_b.WHERE)
""")
try:
    sys.stdout.flush()
    value = ":".join([first, second + "/x/..", "rel/dir", ""])
    status = os.system("%s=%s %s %s %s %s" % (var, value, sys.executable, child, first, second))
    print("child exit status:", status)
finally:
    remove_tree(tmp)
print("cleaned up:", not os.path.exists(tmp))
