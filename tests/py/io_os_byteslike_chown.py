# Binary writes accept any bytes-like object (bytearray, memoryview), in
# BytesIO and real files; os.chown/os.lchown exist and report errors.
import io
import os
import tempfile

b = io.BytesIO(bytearray(b"init"))
print(b.read())
print(b.write(bytearray(b"-ba")), b.write(memoryview(b"-mv")), b.write(b"-b"))
print(b.getvalue())
try:
    b.write("text")
except TypeError as e:
    print("TypeError", e)
print(io.BytesIO(memoryview(b"view")).read())

d = tempfile.mkdtemp()
try:
    p = os.path.join(d, "f")
    with open(p, "wb") as f:
        print(f.write(bytearray(b"12")), f.write(memoryview(b"345")[1:]))
    with open(p, "rb") as f:
        print(f.read())
    st = os.stat(p)
    os.chown(p, -1, -1)
    os.chown(p, st.st_uid, st.st_gid)
    os.chown(path=p, uid=-1, gid=st.st_gid)
    print(os.stat(p).st_uid == st.st_uid, os.stat(p).st_gid == st.st_gid)
    ln = os.path.join(d, "ln")
    os.symlink("missing-target", ln)
    os.lchown(ln, -1, -1)
    try:
        os.chown(ln, -1, -1)
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, os.path.basename(e.filename))
    try:
        os.chown(p, -1)
    except TypeError as e:
        print("TypeError", e)
finally:
    for n in os.listdir(d):
        os.remove(os.path.join(d, n))
    os.rmdir(d)
