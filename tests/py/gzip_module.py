import gzip
import io
import os
import tempfile
import zlib

data = b"".join(b"line %d of the gzip test\n" % i for i in range(500))

c = gzip.compress(data, mtime=0)
print(c[:10].hex(), len(c) < len(data))
print(gzip.decompress(c) == data)
for level in (1, 6, 9):
    c = gzip.compress(data, level, mtime=12345)
    print(level, c[:10].hex(), gzip.decompress(c) == data)
print(gzip.compress(b"", mtime=0).hex())
print(gzip.decompress(gzip.compress(b"", mtime=0)))

# multiple members and zero padding
two = gzip.compress(b"first ", mtime=0) + b"\0\0\0" + gzip.compress(b"second", mtime=0)
print(gzip.decompress(two))
# zlib with wbits=31 reads gzip
print(zlib.decompress(gzip.compress(b"via zlib", mtime=0), 31))

# errors
for bad in (b"not gzip at all", gzip.compress(data, mtime=0)[:-4], gzip.compress(data, mtime=0)[:30]):
    try:
        gzip.decompress(bad)
    except (gzip.BadGzipFile, EOFError) as e:
        print(type(e).__name__, e)
bad = bytearray(gzip.compress(b"crc", mtime=0))
bad[-8] ^= 1
try:
    gzip.decompress(bytes(bad))
except gzip.BadGzipFile as e:
    print("BadGzipFile", e)
print(issubclass(gzip.BadGzipFile, OSError))

# GzipFile on BytesIO
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    print(f.write(b"hello "), f.write(b"gzip file\n"), f.write(b"second line\n"))
    print(f.tell(), f.writable(), f.readable())
raw = buf.getvalue()
print(raw[:10].hex(), gzip.decompress(raw))

with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    print(f.readable(), f.writable(), f.mtime)
    print(f.read(5), f.tell())
    print(f.readline())
    print(f.readline(), f.readline())
    print(f.read(), f.tell())
    f.seek(6)
    print(f.read(4))
    f.seek(0)
    print(list(f))

# files on disk, binary and text
d = tempfile.mkdtemp()
path = os.path.join(d, "sample.txt.gz")
with gzip.open(path, "wb") as f:
    f.write(data)
with open(path, "rb") as f:
    head = f.read(16)
print(head[:4].hex(), head[10:20])
with gzip.open(path) as f:
    print(f.read() == data)
with gzip.open(path, "rb") as f:
    print(f.readline(), len(f.readlines()))
with gzip.open(path, "rt") as f:
    lines = f.readlines()
    print(len(lines), lines[0], repr(lines[-1]))
with gzip.open(path, "wt", encoding="utf-8") as f:
    f.write("héllo\nwörld\n")
with gzip.open(path, "rt", encoding="utf-8") as f:
    print(f.read())
with gzip.open(path, "ab") as f:
    f.write(b"appended member\n")
with gzip.open(path, "rb") as f:
    print(f.read())
with gzip.GzipFile(path) as f:
    print(f.read(3), f.name == path)
try:
    gzip.open(path, "rbt")
except ValueError as e:
    print("ValueError:", e)
try:
    gzip.open(path, "rb", encoding="utf-8")
except ValueError as e:
    print("ValueError:", e)
f = gzip.open(path)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
os.remove(path)
os.rmdir(d)

# large, incompressible-ish data through the streaming reader
import random
rnd = random.Random(5)
blob = bytes(rnd.getrandbits(8) for _ in range(300000))
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, compresslevel=1) as f:
    for i in range(0, len(blob), 7000):
        f.write(blob[i:i + 7000])
with gzip.GzipFile(fileobj=io.BytesIO(buf.getvalue())) as f:
    got = b""
    while True:
        chunk = f.read(65536)
        if not chunk:
            break
        got += chunk
print(got == blob, gzip.decompress(buf.getvalue()) == blob)
