import zlib

data = b"hello world " * 100 + bytes(range(256)) * 4
print(zlib.crc32(b""), zlib.crc32(b"hello"), zlib.crc32(b"world", zlib.crc32(b"hello ")))
print(zlib.crc32(b"hello world"), zlib.adler32(b""), zlib.adler32(b"hello world"))
print(zlib.adler32(b"abc", 12345), zlib.crc32(b"abc", -1), zlib.crc32(bytearray(b"xyz")))

c = zlib.compress(data)
print(len(data), c[:2], zlib.decompress(c) == data)
for level in (0, 1, 6, 9, -1):
    c = zlib.compress(data, level)
    print(level, zlib.decompress(c) == data)
c = zlib.compress(data, level=9)
print(c[:2].hex())
print(zlib.decompress(zlib.compress(b"")) == b"")
print(zlib.compress(b"abc") == zlib.compress(b"abc", 6))
print(zlib.compress(b"abcabcabc").hex())

# raw deflate, gzip framing, auto-detection
for wbits in (-15, -9, 15, 9, 31, 25):
    co = zlib.compressobj(6, zlib.DEFLATED, wbits)
    out = co.compress(data) + co.flush()
    dec = zlib.decompress(out, wbits)
    print(wbits, dec == data, out[:2].hex() if wbits > 16 else "")
gz = zlib.compressobj(wbits=31)
gzd = gz.compress(b"gzip me") + gz.flush()
print(zlib.decompress(gzd, 47), zlib.decompress(zlib.compress(b"zl"), 47))

# errors
for bad in (b"not compressed", zlib.compress(data)[:50], b""):
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print("error:", e)
try:
    zlib.compress(b"x", 42)
except zlib.error as e:
    print("error:", e)
try:
    zlib.compress("str")
except TypeError as e:
    print("TypeError:", e)
print(issubclass(zlib.error, Exception), zlib.error.__module__, zlib.error.__name__)

# streaming
co = zlib.compressobj()
parts = [co.compress(data[i:i + 100]) for i in range(0, len(data), 100)]
parts.append(co.flush())
stream = b"".join(parts)
print(zlib.decompress(stream) == data)
do = zlib.decompressobj()
out = b""
for i in range(0, len(stream), 37):
    out += do.decompress(stream[i:i + 37])
out += do.flush()
print(out == data, do.eof, do.unused_data, do.unconsumed_tail)

# unused_data after the end of the stream
do = zlib.decompressobj()
r = do.decompress(zlib.compress(b"payload") + b"TRAILER")
print(r, do.eof, do.unused_data, do.unconsumed_tail)

# max_length and unconsumed_tail
do = zlib.decompressobj()
big = zlib.compress(b"A" * 1000 + b"B" * 1000)
first = do.decompress(big, 10)
print(first, len(do.unconsumed_tail) > 0, do.eof)
rest = b""
while do.unconsumed_tail:
    rest += do.decompress(do.unconsumed_tail, 500)
rest += do.flush()
print(len(first + rest), (first + rest) == b"A" * 1000 + b"B" * 1000, do.eof)
try:
    do.decompress(b"", -1)
except ValueError as e:
    print("ValueError:", e)

# sync flush keeps the stream going
co = zlib.compressobj()
a = co.compress(b"first part ") + co.flush(zlib.Z_SYNC_FLUSH)
do = zlib.decompressobj()
print(do.decompress(a))
b = co.compress(b"second part") + co.flush()
print(do.decompress(b), do.eof)
print(co.flush(zlib.Z_NO_FLUSH))

# copy
co = zlib.compressobj()
pre = co.compress(b"shared prefix ")
co2 = co.copy()
x = pre + co.compress(b"one") + co.flush()
y = pre + co2.compress(b"two") + co2.flush()
print(zlib.decompress(x), zlib.decompress(y))
do = zlib.decompressobj()
half = zlib.compress(b"0123456789" * 20)
p1 = do.decompress(half[:20])
do2 = do.copy()
print(p1 + do.decompress(half[20:]) == p1 + do2.decompress(half[20:]))

# dictionaries
zd = b"common words common phrases"
co = zlib.compressobj(zdict=zd)
cd = co.compress(b"common words and common phrases") + co.flush()
do = zlib.decompressobj(zdict=zd)
print(do.decompress(cd))
try:
    zlib.decompress(cd)
except zlib.error as e:
    print("error:", e)
co = zlib.compressobj(wbits=-15, zdict=zd)
cd = co.compress(b"common words raw") + co.flush()
print(zlib.decompressobj(wbits=-15, zdict=zd).decompress(cd))

# truncated stream through an object: no error, eof False
do = zlib.decompressobj()
print(len(do.decompress(zlib.compress(data)[:-10])) > 0, do.eof, len(do.flush()) >= 0, do.eof)

print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION,
      zlib.Z_BEST_SPEED, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH,
      zlib.Z_NO_FLUSH, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED, zlib.Z_DEFAULT_STRATEGY)
print(type(zlib.ZLIB_VERSION), zlib.ZLIB_RUNTIME_VERSION[:2])
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)
print(zlib.decompress(zlib.compress(data), bufsize=1) == data)
print(zlib.decompress(memoryview(zlib.compress(b"mv"))))
