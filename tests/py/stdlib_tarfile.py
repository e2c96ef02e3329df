# tarfile: reading archives written by CPython 3.11 (ustar, gnu, pax), writing
# byte-identical ones, gzip, append, add/extract with filters, errors.
import base64
import io
import os
import shutil
import tarfile
import tempfile
import zlib

CPY = [zlib.decompress(base64.b64decode(s)) for s in (
    "eNpLySzSZ6AxMAACc1NTEG1obmoA5huamIBpKGAwNDY3MjcxBLMNDA1MzYwZFEwZ6ABKi0sSi4BOKS1OLcKvLrWomGHYgRRg/Gek5uTk65VUlNAw/s0g8Y09/o3N0OLfyMTIjEHBYDT+aQ7Aca8ADAIubCyGUTDMQRIFgNgiA5z/DQxw539DQ9T8b2JgZGI+xPM/qGBNpADQKf5z8vPSFfISc1NHs8KIBDmZedl0af+Zm5PQ/jM2NjBhUDCiR+NkpNf/iUUp9Ih/vO0/zPg3AnYXFAxH45/mIDW3oKRSLykzb1DFv6GZkfFo+58u7b/MdBrHPiz+cbb/DE0w49/IyHw0/ukCGJmYWVjZ2Dk4ubh5ePn4BQSFhEVExcQlJKWkZWTl5BUUlZRVVNXUNTS1tHV09fSBfXNjE1MzcwtLK2sbWzt7B0cnZxdXN3cPTy9vH18//4DAoOCQ0LDwiMio6JjYuPiExKTklNS09IzMrOyc3Lz8gsKi4pLSsvKKyqrqmtq6+obGpuaW1rb2js6u7p7evv4JEydNnjJ12vQZM2fNnjN33vwFCxctXrJ02fIVK1etXrN23foNGzdt3rJ12/YdO3ft3rN33/4DBw8dPnL02PETJ0+dPnP23PkLFy9dvnL12vUbN2/dvnP33v0HDx89fvL02fMXL1+9fvP23fsPHz99/vL12/cfP3/9/vP33/9R/49w/4+CUTAKRsEoGAWjYBSMglEwCkbBKBgFo2AUjIJRMIwBAH4CSY4=",
    "eNpLySzSZ6AxMAACc1NTEG1obmoA5huamIBpKGAwNDY3MjcxBLMNDA1MjYwZFEwZ6ABKi0sSixQUgHRqEX51qUXFDMMOpADjPyM1Jydfr6SihIbxbwaJb+zxb2yGFv9GxmZmDAoGo/FPcwCOewVgEHBhYzGMgmEO9PT19B188vPSfTLzsmmY/8H5GjttYGRghFIXAGsLcxNzBgUfeub/EQpA5X8iBUA/iQJAwzpnFAye+AfX/5D8jr3+NzRErf+NjcyMRut/uoAcYNGvkJeYmzqaFUYkyKFdtY/a/zM3J6H/Z2wElFYwokfnZKS3/xOLUugR/3j7f1ji39CUQcFwNP5pDpIT0w6vpHE7jGD8G5qg9/+BGkbrf7p4Py8zOT8ldbQJMEJBam5BSaVeUmbeoCr/DU3NjEfzPz1AUmY6jWMfFv84+3+GJpjxb2hmPhr/dAGMTMwsrGzsHJxc3Dy8fPwCgkLCIqJi4hKSUtIysnLyCopKyiqqauoamlraOrp6+qCxeRNTM3MLSytrG1s7ewdHJ2cXVzd3D08vbx9fP/+AwKDgkNCw8IjIqOiY2Lj4hMSk5JTUtPSMzKzsnNy8/ILCouKS0rLyisqq6prauvqGxqbmlta29o7Oru6e3r7+CRMnTZ4yddr0GTNnzZ4zd978BQsXLV6ydNnyFStXrV6zdt36DRs3bd6yddv2HTt37d6zd9/+AwcPHT5y9NjxEydPnT5z9tz5CxcvXb5y9dr1Gzdv3b5z9979Bw8fPX7y9NnzFy9fvX7z9t37Dx8/ff7y9dv3Hz9//f7z99//Uf+PcP+PglEwCkbBKBgFo2AUjIJRMIIAACdml9k=",
    "eNpLySzSZ6AxMAACc1NTEG1obmoA5huamIBpKGAwNDY3MjcxBLMNDA1MzYwZFEwZ6ABKi0sSi4BOKS1OLcKvLrWomGHYgRRg/Gek5uTk65VUlNAw/s0g8Y09/o3N0OLfyMTIjEHBYDT+aQ7Aca8ADAIubCyGUTDMgZ6+nr5DQGKFR2piCv4MQFn+B+dr7LSBkaExSl0ALP+NDA0ZFCromf9HaPwbGlsqFCSWZNiCKoJECoB+EgUAVPmMFjYDVf/TOtrB9T8kv2Ov/4GZHaX+NzYyMxut/+kCcvLz0hXyEnNTR7PCiAQ5mXnZdOn/mZuT0P8zNjYwYVAwokfnZKS3/xOLUugR/3j7f5jxb2RqyqBgOBr/I6L9b2BkhNH+NzAfbf/Tpf1vAWn+JyemHV452gwfcQAY7/Y0LF2JK/8NTdDKfyDPcLT9Txfv52Um56ekjnYBRihIzS0oqdRLyswbVO0/QzMj49H8Tw+QlJlO49iHxT/O8R9DE8z4NzIyH41/ugBGJmYWVjZ2Dk4ubh5ePn4BQSFhEVExcQlJKWkZWTl5BUUlZRVVNXUNTS1tHV09fQNDI2MTUzNzC0sraxtbO3sHRydnF1c3dw9PL28fXz//gMCg4JDQsPCIyKjomNi4+ITEpOSU1LT0jMys7JzcvPyCwqLiktKy8orKquqa2rr6hsam5pbWtvaOzq7unt6+/gkTJ02eMnXa9BkzZ82eM3fe/AULFy1esnTZ8hUrV61es3bd+g0bN23esnXb9h07d+3es3ff/gMHDx0+cvTY8RMnT50+c/bc+QsXL12+cvXa9Rs3b92+c/fe/QcPHz1+8vTZ8xcvX71+8/bd+w8fP33+8vXb9x8/f/3+8/ff/1H/j3D/j4JRMApGwSgYBSMQAABA97Jh",)]

def build(fmt):
    b = io.BytesIO()
    with tarfile.open(fileobj=b, mode="w", format=fmt) as t:
        def add(name, data=None, **kw):
            ti = tarfile.TarInfo(name)
            ti.mtime = 1600000000; ti.uid = 1000; ti.gid = 100; ti.uname = "user"; ti.gname = "users"
            for k, v in kw.items(): setattr(ti, k, v)
            if data is not None: ti.size = len(data); t.addfile(ti, io.BytesIO(data))
            else: t.addfile(ti)
        add("dir", type=tarfile.DIRTYPE, mode=0o755)
        add("dir/hello.txt", b"hello tar\n" * 3, mode=0o644)
        add("dir/" + "a" * 60 + "/" + "b" * 60 + ".txt", b"long name", mode=0o600)
        add("link", type=tarfile.SYMTYPE, linkname="dir/hello.txt", mode=0o777)
        add("hard", type=tarfile.LNKTYPE, linkname="dir/hello.txt")
        if fmt != tarfile.USTAR_FORMAT:
            add("caf\u00e9.txt", b"unicode name")
        add("empty.bin", b"")
        add("big.bin", bytes(range(256)) * 3, mode=0o640)
    return b.getvalue()

names = {0: "ustar", 1: "gnu", 2: "pax"}
for fmt in (0, 1, 2):
    mine = build(fmt)
    print(names[fmt], len(mine), "identical to CPython:", mine == CPY[fmt])

def show(t):
    for m in t.getmembers():
        print(" ", repr(m.name), m.type, oct(m.mode), m.uid, m.gid, m.uname, m.gname,
              m.size, m.mtime, repr(m.linkname), m.isfile(), m.isdir(), m.issym(),
              m.islnk(), m.offset, m.offset_data, sorted(m.pax_headers))

for fmt in (0, 1, 2):
    with tarfile.open(fileobj=io.BytesIO(CPY[fmt])) as t:
        print(names[fmt], t.getnames())
        show(t)
        f = t.extractfile("dir/hello.txt")
        print(f.read(5), f.tell(), f.readline(), f.readlines())
        f.seek(0)
        print(f.read())
        print(t.extractfile("link").read(9), t.extractfile("hard").read(9))
        print(t.extractfile("dir"), t.extractfile("big.bin").read()[250:260])
        print(t.getmember("dir/").name)
        try:
            t.getmember("nope")
        except KeyError as e:
            print("KeyError", e)

# iteration without loading everything first
t = tarfile.open(fileobj=io.BytesIO(CPY[2]), mode="r:")
print([m.name for m in t][:3], t.next())
t.close()
try:
    t.getmembers()
except OSError as e:
    print("OSError", e)

# pax: float mtimes and non-ascii names produce pax records
b = io.BytesIO()
with tarfile.open(fileobj=b, mode="w", format=tarfile.PAX_FORMAT) as t:
    ti = tarfile.TarInfo("f\u00fc\u00fc")
    ti.mtime = 1600000000.5
    ti.size = 3
    t.addfile(ti, io.BytesIO(b"abc"))
    ti = tarfile.TarInfo("big_uid")
    ti.uid = 8 ** 8
    t.addfile(ti)
raw = b.getvalue()
print(len(raw), raw[512:512 + 80])
with tarfile.open(fileobj=io.BytesIO(raw)) as t:
    for m in t:
        print(m.name, m.mtime, m.uid, m.pax_headers)
# gnu base-256 numbers; ustar overflow
b = io.BytesIO()
with tarfile.open(fileobj=b, mode="w", format=tarfile.GNU_FORMAT) as t:
    ti = tarfile.TarInfo("neg")
    ti.mtime = -1000
    ti.uid = 8 ** 8
    t.addfile(ti)
print(b.getvalue()[100:160])
with tarfile.open(fileobj=io.BytesIO(b.getvalue())) as t:
    m = t.getmember("neg")
    print(m.mtime, m.uid)
try:
    ti = tarfile.TarInfo("x")
    ti.uid = 8 ** 8
    ti.tobuf(tarfile.USTAR_FORMAT)
except ValueError as e:
    print("ValueError", e)
try:
    tarfile.TarInfo("y" * 300).tobuf(tarfile.USTAR_FORMAT)
except ValueError as e:
    print("ValueError", e)
ti = tarfile.TarInfo("x")
ti.mode = None
try:
    ti.tobuf()
except ValueError as e:
    print("ValueError", e)

tmp = tempfile.mkdtemp()
try:
    src = os.path.join(tmp, "src")
    os.makedirs(os.path.join(src, "sub"))
    with open(os.path.join(src, "one.txt"), "w") as f:
        f.write("one\n")
    with open(os.path.join(src, "sub", "two.bin"), "wb") as f:
        f.write(b"\x00" * 1500)
    os.chmod(os.path.join(src, "one.txt"), 0o640)
    os.symlink("one.txt", os.path.join(src, "ln"))
    tgz = os.path.join(tmp, "a.tar.gz")
    with tarfile.open(tgz, "w:gz") as t:
        t.add(src, arcname="top")
        t.add(os.path.join(src, "one.txt"), arcname="filtered",
              filter=lambda ti: None)
        t.add(os.path.join(src, "one.txt"), arcname="renamed.txt",
              filter=lambda ti: ti.replace(name="renamed2.txt", deep=False))
        print(repr(t).startswith("<tarfile.TarFile object"))
    print(tarfile.is_tarfile(tgz), tarfile.is_tarfile(os.path.join(src, "one.txt")))
    with tarfile.open(tgz) as t:
        for m in t.getmembers():
            print(m.name, m.type, oct(m.mode & 0o777) if not m.issym() else "", m.size,
                  m.linkname, type(m.mtime).__name__)
        out = os.path.join(tmp, "out")
        t.extractall(out, filter="data")
        found = []
        for root, dirs, files in os.walk(out):
            for n in sorted(dirs + files):
                p = os.path.join(root, n)
                found.append((os.path.relpath(p, out), os.path.islink(p),
                              oct(os.lstat(p).st_mode & 0o777) if not os.path.islink(p) else ""))
        print(sorted(found))
        with open(os.path.join(out, "top", "sub", "two.bin"), "rb") as f:
            print(len(f.read()))
        print(os.readlink(os.path.join(out, "top", "ln")))
        t.extract("top/one.txt", os.path.join(tmp, "single"), filter="tar")
        print(os.listdir(os.path.join(tmp, "single", "top")))
        member = t.getmember("top/sub/two.bin")
        t.extract(member, os.path.join(tmp, "single2"), set_attrs=False, filter="fully_trusted")
        print(os.path.getsize(os.path.join(tmp, "single2", "top", "sub", "two.bin")))
        try:
            t.extractall(out, filter="nope")
        except ValueError as e:
            print("ValueError", e)
    # append
    plain = os.path.join(tmp, "p.tar")
    with tarfile.open(plain, "w") as t:
        t.add(os.path.join(src, "one.txt"), arcname="first")
    with tarfile.open(plain, "a") as t:
        t.add(os.path.join(src, "one.txt"), arcname="second")
    with tarfile.open(plain) as t:
        print(t.getnames(), os.path.getsize(plain) % tarfile.RECORDSIZE)
    with tarfile.open(plain, "r:") as t:
        print(t.extractfile("second").read())
    for mode in ("r:gz",):
        try:
            tarfile.open(plain, mode)
        except tarfile.TarError as e:
            print(mode, type(e).__name__)
    # hostile members under the data / tar filters
    evil = io.BytesIO()
    with tarfile.open(fileobj=evil, mode="w") as t:
        for name, kind, link in (("../escape.txt", tarfile.REGTYPE, ""),
                                 ("/abs.txt", tarfile.REGTYPE, ""),
                                 ("sl", tarfile.SYMTYPE, "/etc/passwd"),
                                 ("sl2", tarfile.SYMTYPE, "../../x"),
                                 ("dev", tarfile.CHRTYPE, ""),
                                 ("ok.txt", tarfile.REGTYPE, "")):
            ti = tarfile.TarInfo(name)
            ti.type = kind
            ti.linkname = link
            t.addfile(ti)
    dest = os.path.join(tmp, "dest")
    os.mkdir(dest)
    with tarfile.open(fileobj=io.BytesIO(evil.getvalue())) as t:
        for m in t.getmembers():
            for filt in (tarfile.data_filter, tarfile.tar_filter):
                try:
                    r = filt(m, dest)
                    print(filt.__name__, m.name, "->", r.name, r.mode, r.uid)
                except tarfile.FilterError as e:
                    print(filt.__name__, type(e).__name__, str(e).replace(tmp, "TMP"))
        try:
            t.extractall(dest, filter="data")
        except tarfile.FilterError as e:
            print(type(e).__name__, str(e).replace(tmp, "TMP"))
        t.errorlevel = 0
        t.extractall(dest, members=[m for m in t.getmembers() if not m.ischr()],
                     filter="data")
        print(sorted(os.listdir(dest)))
    # streams
    sbuf = io.BytesIO()
    with tarfile.open(fileobj=sbuf, mode="w|gz") as t:
        t.add(os.path.join(src, "one.txt"), arcname="streamed")
    with tarfile.open(fileobj=io.BytesIO(sbuf.getvalue()), mode="r|gz") as t:
        for m in t:
            print(m.name, t.extractfile(m).read())
    with tarfile.open(fileobj=io.BytesIO(sbuf.getvalue()), mode="r|*") as t:
        print(t.getnames())
finally:
    shutil.rmtree(tmp)

# list()
with tarfile.open(fileobj=io.BytesIO(CPY[1])) as t:
    t.list(verbose=False)
# errors
for data in (b"", b"x" * 100, b"x" * 1024):
    try:
        tarfile.open(fileobj=io.BytesIO(data))
    except tarfile.ReadError as e:
        print("ReadError", str(e).splitlines()[0])
    try:
        tarfile.open(fileobj=io.BytesIO(data), mode="r:")
    except tarfile.ReadError as e:
        print("ReadError", e)
try:
    tarfile.open(fileobj=io.BytesIO(), mode="r:zz")
except tarfile.CompressionError as e:
    print("CompressionError", e)
for bad in ("q", "r|q"):
    try:
        tarfile.open(fileobj=io.BytesIO(), mode=bad)
    except (ValueError, tarfile.CompressionError) as e:
        print(type(e).__name__, e)
try:
    tarfile.open()
except ValueError as e:
    print("ValueError", e)
with tarfile.open(fileobj=io.BytesIO(CPY[0])) as t:
    try:
        t.addfile(tarfile.TarInfo("z"))
    except OSError as e:
        print("OSError", e)
corrupt = bytearray(CPY[0])
corrupt[600] ^= 0xFF
with tarfile.open(fileobj=io.BytesIO(bytes(corrupt))) as t:
    try:
        print(t.getnames())
    except tarfile.ReadError as e:
        print("ReadError", e)
print(tarfile.REGTYPE, tarfile.DIRTYPE, tarfile.DEFAULT_FORMAT, tarfile.BLOCKSIZE, tarfile.RECORDSIZE)
