# zipfile: reading an archive written by CPython 3.11, writing archives that
# are byte-identical to CPython's, streams, append, extract, errors.
import base64
import hashlib
import io
import os
import shutil
import tempfile
import warnings
import zipfile

CPY = base64.b64decode(
    "UEsDBBQAAAAIANZjsVArw648FAAAABgBAAAJAAAAaGVsbG8udHh080jNycnXUSjPL8pJUeTyGOVBeQBQSwMEFAAAAAAAgxgiUgAAAAAAAAAAAAAAAAQAAABkaXIvUEsDBBQAAAAAAH2/n1VzjAUpAAEAAAABAAAOAAAAZGlyL3N0b3JlZC5iaW4AAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4/QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl9gYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7fH1+f4CBgoOEhYaHiImKi4yNjo+QkZKTlJWWl5iZmpucnZ6foKGio6SlpqeoqaqrrK2ur7CxsrO0tba3uLm6u7y9vr/AwcLDxMXGx8jJysvMzc7P0NHS09TV1tfY2drb3N3e3+Dh4uPk5ebn6Onq6+zt7u/w8fLz9PX29/j5+vv8/f7/UEsDBBQAAAgAAEZJ6CbMKJB0DAAAAAwAAAANAAAAw7xuw69jb2RlLnR4dHNub3dtYW4g4piDClBLAQIUAxQAAAAIANZjsVArw648FAAAABgBAAAJAAAAAAAAAAAAAACkAQAAAABoZWxsby50eHRQSwECFAMUAAAAAACDGCJSAAAAAAAAAAAAAAAABAAAAAAAAAAAABAA7UE7AAAAZGlyL1BLAQIUAxQAAAAAAH2/n1VzjAUpAAEAAAABAAAOAAAAAAAAAAAAAACkAV0AAABkaXIvc3RvcmVkLmJpblBLAQIUAxQAAAgAAEZJ6CbMKJB0DAAAAAwAAAANAAAAEAAAAAAAAACAAYkBAADDvG7Dr2NvZGUudHh0YSBtZW1iZXIgY29tbWVudFBLBQYAAAAABAAEAPAAAADAAQAADwBhcmNoaXZlIGNvbW1lbnQ=")


def show_info(zi):
    print(zi.filename, zi.date_time, zi.compress_type, zi.file_size,
          zi.compress_size, hex(zi.CRC), oct(zi.external_attr >> 16),
          zi.external_attr & 0xFFFF, zi.flag_bits, zi.create_system,
          zi.create_version, zi.extract_version, zi.comment, zi.is_dir(),
          zi.header_offset)
    print(repr(zi))


# --- reading CPython's bytes -------------------------------------------------
print("is_zipfile", zipfile.is_zipfile(io.BytesIO(CPY)),
      zipfile.is_zipfile(io.BytesIO(b"not a zip at all" * 10)))
with zipfile.ZipFile(io.BytesIO(CPY)) as z:
    print(z.namelist())
    print(z.comment)
    for zi in z.infolist():
        show_info(zi)
    print(z.read("hello.txt")[:30], len(z.read("hello.txt")))
    print(z.read("dir/stored.bin") == bytes(range(256)))
    print(z.read(z.getinfo("ünïcode.txt")).decode())
    print(z.testzip())
    out = io.StringIO()
    z.printdir(file=out)
    print(out.getvalue())
    with z.open("hello.txt") as f:
        print(repr(f))
        print(f.readable(), f.seekable())
        print(f.read(5), f.tell())
        print(f.readline())
        print(f.read1(3))
        print(f.peek(1)[:1])
        f.seek(0)
        print(f.read(14))
        f.seek(-14, 2)
        print(f.read())
        f.seek(14 * 3)
        print(list(f)[:2])
    print(repr(f))
    with z.open("dir/stored.bin") as f:
        f.seek(250)
        print(f.read(10))
        f.seek(3)
        print(f.read(3))
    # two members open at once
    a = z.open("hello.txt")
    b = z.open("dir/stored.bin")
    print(a.read(5), b.read(4), a.read(3), b.read(2))
    a.close(); b.close()
    wrap = io.TextIOWrapper(z.open("ünïcode.txt"), encoding="utf-8")
    print(wrap.read())
    wrap.close()
    try:
        z.getinfo("nope")
    except KeyError as e:
        print("KeyError", e)
    try:
        z.read("nope")
    except KeyError as e:
        print("KeyError", e)
    try:
        z.writestr("x", b"y")
    except ValueError as e:
        print("ValueError", e)
    try:
        z.open("hello.txt", "rb")
    except ValueError as e:
        print("ValueError", e)

# --- writing identical bytes --------------------------------------------------
def build(target):
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo("hello.txt", (2020, 5, 17, 12, 30, 44))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        z.writestr(zi, "Hello, world!\n" * 20)
        zi = zipfile.ZipInfo("dir/", (2021, 1, 2, 3, 4, 6))
        zi.external_attr = (0o40755 << 16) | 0x10
        z.writestr(zi, b"")
        zi = zipfile.ZipInfo("dir/stored.bin", (2022, 12, 31, 23, 59, 58))
        zi.compress_type = zipfile.ZIP_STORED
        zi.external_attr = 0o644 << 16
        z.writestr(zi, bytes(range(256)))
        zi = zipfile.ZipInfo("ünïcode.txt", (1999, 7, 8, 9, 10, 12))
        zi.comment = b"a member comment"
        z.writestr(zi, "snowman \u2603\n".encode())
        z.comment = b"archive comment"

buf = io.BytesIO()
build(buf)
print("identical to CPython:", buf.getvalue() == CPY)

# stream writing, levels, big compressible data
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED,
                     compresslevel=9) as z:
    zi = zipfile.ZipInfo("big.txt", (2000, 1, 1, 0, 0, 0))
    zi.compress_type = zipfile.ZIP_DEFLATED
    with z.open(zi, "w") as w:
        for i in range(2000):
            w.write(b"line %d of the big file\n" % i)
        try:
            z.writestr("other", b"")
        except ValueError as e:
            print("ValueError", e)
    print(zi.file_size, zi.compress_size, hex(zi.CRC))
    zi = zipfile.ZipInfo("lvl1.bin", (2000, 1, 1, 0, 0, 0))
    z.writestr(zi, b"abc" * 1000, compress_type=zipfile.ZIP_DEFLATED,
               compresslevel=1)
    print(zi.compress_size)
    zi = zipfile.ZipInfo("mv.bin", (2000, 1, 1, 0, 0, 0))
    with z.open(zi, "w") as w:
        print(w.write(memoryview(b"memory")), w.write(bytearray(b"!")))
print(hashlib.sha256(buf.getvalue()).hexdigest())
with zipfile.ZipFile(buf) as z:
    with z.open("big.txt") as f:
        lines = f.readlines()
    print(len(lines), lines[1999])
    print(z.read("lvl1.bin") == b"abc" * 1000, z.read("mv.bin"))

# non-seekable output uses data descriptors
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, b):
        self.parts.append(bytes(b))
        return len(b)
    def flush(self):
        pass
    def tell(self):
        raise OSError("unseekable")
sink = Sink()
with zipfile.ZipFile(sink, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo("s.txt", (2001, 2, 3, 4, 5, 6)), b"streamed " * 9)
raw = b"".join(sink.parts)
print(len(raw), hashlib.sha256(raw).hexdigest())
with zipfile.ZipFile(io.BytesIO(raw)) as z:
    print(z.infolist()[0].flag_bits, z.read("s.txt"))

# --- files on disk: write/append/extract --------------------------------------
tmp = tempfile.mkdtemp()
try:
    src = os.path.join(tmp, "src")
    os.makedirs(os.path.join(src, "sub"))
    with open(os.path.join(src, "a.txt"), "w") as f:
        f.write("alpha\n")
    with open(os.path.join(src, "sub", "b.bin"), "wb") as f:
        f.write(b"\x00\x01" * 500)
    path = os.path.join(tmp, "t.zip")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(os.path.join(src, "a.txt"), "a.txt")
        z.write(os.path.join(src, "sub"), "sub")
        z.write(os.path.join(src, "sub", "b.bin"), "sub/b.bin",
                compress_type=zipfile.ZIP_STORED)
        z.mkdir("empty")
        print(repr(z).endswith("t.zip' mode='w'>"))
    print(repr(z))
    print(zipfile.is_zipfile(path), zipfile.is_zipfile(os.path.join(src, "a.txt")))
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("added.txt", "appended")
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            z.writestr("a.txt", "dup")
        print([(w.category.__name__, str(w.message)) for w in caught])
    with zipfile.ZipFile(path) as z:
        for zi in z.infolist():
            print(zi.filename, zi.compress_type, zi.file_size, zi.is_dir(),
                  oct(zi.external_attr >> 16)[:4] if zi.is_dir() else "")
        print(z.read("added.txt"), z.read("a.txt"))
        out = os.path.join(tmp, "out")
        z.extractall(out)
        print(sorted(os.listdir(out)), sorted(os.listdir(os.path.join(out, "sub"))))
        with open(os.path.join(out, "sub", "b.bin"), "rb") as f:
            print(f.read() == b"\x00\x01" * 500)
        p = z.extract("a.txt", os.path.join(tmp, "one"))
        print(os.path.relpath(p, tmp))
        p = z.extract(z.getinfo("empty/"), os.path.join(tmp, "one"))
        print(os.path.relpath(p, tmp), os.path.isdir(p))
    # hostile names are sanitised
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("../../evil.txt"), b"x")
        z.writestr(zipfile.ZipInfo("/abs/x.txt"), b"y")
    with zipfile.ZipFile(path) as z:
        z.extractall(os.path.join(tmp, "safe"))
    found = []
    for root, dirs, files in os.walk(os.path.join(tmp, "safe")):
        for n in files:
            found.append(os.path.relpath(os.path.join(root, n), tmp))
    print(sorted(found))
    # append to a non-zip file creates an archive after its bytes
    plain = os.path.join(tmp, "plain.bin")
    with open(plain, "wb") as f:
        f.write(b"#!prefix\n")
    with zipfile.ZipFile(plain, "a") as z:
        z.writestr("in.txt", "inside")
    with zipfile.ZipFile(plain) as z:
        print(z.namelist(), z.read("in.txt"), z.infolist()[0].header_offset)
finally:
    shutil.rmtree(tmp)

# --- errors ----------------------------------------------------------------------
for data in (b"", b"PK\x03\x04garbage", b"x" * 100):
    try:
        zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as e:
        print("BadZipFile", e)
print(zipfile.BadZipfile is zipfile.BadZipFile, zipfile.error is zipfile.BadZipFile)
bad = bytearray(CPY)
i = bad.find(bytes(range(10, 20)))
bad[i] ^= 1
with zipfile.ZipFile(io.BytesIO(bytes(bad))) as z:
    print(z.testzip())
    try:
        z.read("dir/stored.bin")
        z.read("hello.txt")
    except zipfile.BadZipFile as e:
        print("BadZipFile", e)
bad = bytearray(CPY)
bad[0] = ord("Q")
with zipfile.ZipFile(io.BytesIO(bytes(bad))) as z:
    try:
        z.read("hello.txt")
    except zipfile.BadZipFile as e:
        print("BadZipFile", e)
for args, kw in (((io.BytesIO(), "q"), {}), ((io.BytesIO(), "w", 99), {})):
    try:
        zipfile.ZipFile(*args, **kw)
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)
try:
    zipfile.ZipInfo("old", (1979, 1, 1, 0, 0, 0))
except ValueError as e:
    print("ValueError", e)
z = zipfile.ZipFile(io.BytesIO(), "w")
try:
    z.comment = "text"
except TypeError as e:
    print("TypeError", e)
w = z.open("x", "w")
try:
    z.close()
except ValueError as e:
    print("ValueError", e)
w.close()
z.close()
print(repr(z))
try:
    z.writestr("y", b"")
except ValueError as e:
    print("ValueError", e)
try:
    z.open("x", "x")
except ValueError as e:
    print("ValueError", e)
zi = zipfile.ZipInfo("a\x00b/c")
print(zi.filename, zi.orig_filename == "a\x00b/c", zi)
zi = zipfile.ZipInfo("d/")
zi.external_attr = 0o40755 << 16 | 0x10
print(zi)
print(zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)

# zipfile.Path
zp = zipfile.Path(zipfile.ZipFile(io.BytesIO(CPY)))
print(sorted(p.name for p in zp.iterdir()))
d = zp / "dir"
print(d.is_dir(), [p.name for p in d.iterdir()], (d / "stored.bin").is_file())
print((zp / "hello.txt").read_text()[:13], (zp / "nothere").exists())
print((zp / "dir" / "stored.bin").suffix, (zp / "dir" / "stored.bin").stem)
