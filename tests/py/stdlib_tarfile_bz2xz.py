# tarfile over bz2 and lzma: r:bz2/w:bz2/r:xz/w:xz, r:* detection, stream
# modes, shutil.make_archive bztar/xztar; archive bytes vs CPython's.
import hashlib
import io
import os
import shutil
import tarfile
import tempfile


def build(mode, fileobj):
    with tarfile.open(mode=mode, fileobj=fileobj, format=tarfile.GNU_FORMAT) as t:
        for i, name in enumerate(["a.txt", "dir/b.bin", "c.txt"]):
            data = (name * (50 + i * 37)).encode()
            ti = tarfile.TarInfo(name)
            ti.size = len(data)
            ti.mtime = 1700000000 + i
            ti.mode = 0o644
            ti.uname = "u"
            ti.gname = "g"
            t.addfile(ti, io.BytesIO(data))


def dump(t):
    for m in t.getmembers():
        f = t.extractfile(m)
        data = f.read() if f else b""
        print("  ", m.name, m.size, m.mtime, oct(m.mode), hashlib.md5(data).hexdigest())


for kind in ("bz2", "xz"):
    for sep in (":", "|"):
        bio = io.BytesIO()
        build("w" + sep + kind, bio)
        raw = bio.getvalue()
        print(kind, sep, len(raw), hashlib.sha1(raw).hexdigest(), raw[:3])
        for rmode in ("r:" + kind, "r:*", "r", "r|" + kind, "r|*"):
            with tarfile.open(mode=rmode, fileobj=io.BytesIO(raw)) as t:
                print(" read", rmode, t.getnames())
        with tarfile.open(fileobj=io.BytesIO(raw)) as t:
            dump(t)

# a wrong compression is a ReadError
bio = io.BytesIO()
build("w:bz2", bio)
for rmode in ("r:xz", "r:gz"):
    try:
        tarfile.open(mode=rmode, fileobj=io.BytesIO(bio.getvalue()))
    except tarfile.ReadError as e:
        print(rmode, "ReadError")
try:
    tarfile.open(mode="r:*", fileobj=io.BytesIO(b"x" * 2000))
except tarfile.ReadError as e:
    print("garbage ReadError")

with tempfile.TemporaryDirectory() as d:
    for kind, ext in (("bz2", ".tar.bz2"), ("xz", ".tar.xz")):
        p = os.path.join(d, "f" + ext)
        build("w:" + kind, open(p, "wb"))
        with tarfile.open(p) as t:
            print(ext, t.getnames())
        with tarfile.open(p, "r:" + kind) as t:
            t.extractall(os.path.join(d, "x" + kind))
        print(sorted(os.listdir(os.path.join(d, "x" + kind))))
        # by name
        p2 = os.path.join(d, "g" + ext)
        with tarfile.open(p2, "w:" + kind) as t:
            t.add(p, arcname="inner")
        with tarfile.open(p2) as t:
            print(t.getnames(), t.getmember("inner").size == os.path.getsize(p))
    src = os.path.join(d, "src")
    os.makedirs(os.path.join(src, "sub"))
    with open(os.path.join(src, "sub", "f.txt"), "w") as f:
        f.write("hello\n" * 100)
    for fmt in ("bztar", "xztar"):
        out = shutil.make_archive(os.path.join(d, "arch"), fmt, root_dir=src)
        print(fmt, os.path.basename(out))
        with tarfile.open(out) as t:
            print(sorted(t.getnames()))
        dest = os.path.join(d, "un" + fmt)
        shutil.unpack_archive(out, dest)
        print(open(os.path.join(dest, "sub", "f.txt")).read().count("hello"))
    print([n for n, _ in shutil.get_archive_formats()])
    print(tarfile.is_tarfile(os.path.join(d, "f.tar.xz")))
