# shutil (copyfile/copy/copytree with ignore/move/rmtree/which) and tempfile (mkstemp, mkdtemp, TemporaryDirectory, NamedTemporaryFile, TemporaryFile).
import os, shutil, tempfile
d = tempfile.mkdtemp(prefix="coiltest_")
print(os.path.isdir(d), os.path.basename(d).startswith("coiltest_"), oct(os.stat(d).st_mode & 0o777))
fd, p = tempfile.mkstemp(suffix=".txt", dir=d)
os.write(fd, b"data"); os.close(fd)
print(p.endswith(".txt"), os.path.dirname(p) == d, oct(os.stat(p).st_mode & 0o777))
os.makedirs(os.path.join(d, "src", "sub"))
for n in ["src/a.py", "src/b.txt", "src/sub/c.py"]:
    with open(os.path.join(d, n), "w") as f: f.write(n)
shutil.copytree(os.path.join(d, "src"), os.path.join(d, "dst"), ignore=shutil.ignore_patterns("*.txt"))
print(sorted(os.listdir(os.path.join(d, "dst"))), sorted(os.listdir(os.path.join(d, "dst", "sub"))))
print(os.path.basename(shutil.copy(os.path.join(d, "src", "a.py"), os.path.join(d, "dst", "sub"))))
shutil.copyfile(os.path.join(d, "src", "a.py"), os.path.join(d, "copy.py"))
print(open(os.path.join(d, "copy.py")).read())
try: shutil.copyfile(os.path.join(d, "copy.py"), os.path.join(d, "copy.py"))
except shutil.SameFileError as e: print("SameFileError")
print(os.path.basename(shutil.move(os.path.join(d, "copy.py"), os.path.join(d, "moved.py"))), os.path.exists(os.path.join(d, "copy.py")))
shutil.move(os.path.join(d, "dst"), os.path.join(d, "src"))
print(sorted(os.listdir(os.path.join(d, "src"))))
print(shutil.which("sh") is not None, shutil.which("no-such-cmd-xyz"))
with tempfile.TemporaryDirectory() as td:
    print(os.path.isdir(td)); keep = td
print(os.path.exists(keep))
with tempfile.NamedTemporaryFile("w+", suffix=".log") as f:
    f.write("hello"); f.flush(); f.seek(0); print(f.read(), f.name.endswith(".log"), os.path.exists(f.name)); nm = f.name
print(os.path.exists(nm))
with tempfile.TemporaryFile() as f:
    f.write(b"xyz"); f.seek(0); print(f.read())
print(tempfile.gettempdir() == "/tmp" or os.path.isdir(tempfile.gettempdir()))
shutil.rmtree(d)
print(os.path.exists(d))
shutil.rmtree("/nonexistent/zzz", ignore_errors=True)
try: shutil.rmtree("/nonexistent/zzz")
except FileNotFoundError as e: print("FileNotFoundError", e.filename)
