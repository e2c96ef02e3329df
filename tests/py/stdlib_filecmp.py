# filecmp: cmp (shallow and deep), cmpfiles, dircmp attributes and reports.
import filecmp
import os
import shutil
import tempfile

root = tempfile.mkdtemp()
os.chdir(root)


def write(path, text):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "w") as f:
        f.write(text)

# (Shallow comparisons trust equal mtimes; the files below are either
# identical or differ in size, so the outcome never depends on timing.)


write("a/same.txt", "hello\n")
write("b/same.txt", "hello\n")
write("a/diff.txt", "one\n")
write("b/diff.txt", "three\n")
write("c/samesize.txt", "abc\n")
write("d/samesize.txt", "abd\n")
write("a/deep.txt", "xyz\n")
write("b/deep.txt", "xyz\n")
write("a/only_a.txt", "a\n")
write("b/only_b.txt", "b\n")
write("a/sub/inner.txt", "in\n")
write("b/sub/inner.txt", "IN!\n")
write("a/sub/x/leaf", "leaf\n")
write("b/sub/x/leaf", "leaf\n")
os.makedirs("a/kind")
write("b/kind", "file now\n")
write("a/.git/HEAD", "ref\n")
write("b/CVS", "cvs\n")

print(filecmp.cmp("a/same.txt", "b/same.txt"), filecmp.cmp("a/diff.txt", "b/diff.txt"))
print(filecmp.cmp("c/samesize.txt", "d/samesize.txt", shallow=False),
      filecmp.cmp("a/same.txt", "a/same.txt"))
print(filecmp.cmp("a/deep.txt", "b/deep.txt"), filecmp.cmp("a", "b"))
try:
    filecmp.cmp("a/nope", "b/nope")
except FileNotFoundError as e:
    print("FileNotFoundError", e.filename)
print(filecmp.cmpfiles("a", "b", ["same.txt", "diff.txt", "deep.txt", "missing", "sub"]))
print(filecmp.cmpfiles("c", "d", ["samesize.txt"], shallow=False))
filecmp.clear_cache()

d = filecmp.dircmp("a", "b")
print(d.left_list, d.right_list)
print(d.common, d.left_only, d.right_only)
print(d.common_dirs, d.common_files, d.common_funny)
print(d.same_files, d.diff_files, d.funny_files)
print(sorted(d.subdirs), type(d.subdirs["sub"]).__name__)
try:
    d.nonsense
except AttributeError as e:
    print("AttributeError", e)
d.report()
print("--")
d.report_partial_closure()
print("--")
filecmp.dircmp("a", "b", ignore=[], hide=[]).report_full_closure()
print(filecmp.DEFAULT_IGNORES)
print(filecmp.dircmp[int])
os.chdir("/")
shutil.rmtree(root)
