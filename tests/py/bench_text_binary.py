import sys, base64, zlib, hashlib, struct, binascii, io

N = int(sys.argv[1]) if len(sys.argv) > 1 else 2000

REC = struct.Struct("<IhdB3s")

def pack_records(n):
    out = bytearray()
    for i in range(n):
        out += REC.pack(i, (i * 31) % 65536 - 32768, i / 7.0, i % 256, b"%03d" % (i % 1000))
    return bytes(out)

def main():
    blob = pack_records(N)
    print(len(blob), REC.size, blob[:24].hex())
    recs = list(REC.iter_unpack(blob))
    print(recs[3], sum(r[1] for r in recs))
    s = 0
    for off in range(0, len(blob), REC.size * 10):
        a, b, c, d, e = struct.unpack_from("<IhdB3s", blob, off)
        s += a + b + d + int(e)
    print(s)
    print(struct.pack(">HiQ?f", 1, -2, 3, True, 1.5), struct.calcsize("!4sHx"), struct.unpack("<2i", b"\x01\0\0\0\xff\xff\xff\xff"))
    comp = zlib.compress(blob, 6)
    print(len(comp) > 0, zlib.decompress(comp) == blob, zlib.crc32(blob), zlib.adler32(blob))
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    raw = co.compress(blob[:5000]) + co.compress(blob[5000:]) + co.flush()
    do = zlib.decompressobj(-15)
    back = do.decompress(raw, 1000)
    back += do.decompress(do.unconsumed_tail) + do.flush()
    print(back == blob)
    b64 = base64.b64encode(blob)
    print(len(b64), b64[:40], base64.b64decode(b64) == blob)
    print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b32encode(b"hello"), base64.b16decode(b"4142"))
    print(base64.a85encode(b"hello world"), base64.b85encode(b"hello"), base64.b32decode(b"NBSWY3DP"))
    print(hashlib.blake2b(b"k", digest_size=16, key=b"key").hexdigest(), hashlib.blake2s(b"x", salt=b"s", person=b"p").hexdigest()[:16])
    hs = []
    for algo in ("md5", "sha1", "sha256", "sha512", "blake2b", "sha3_256"):
        h = hashlib.new(algo)
        h.update(blob[:1000])
        h2 = h.copy()
        h2.update(b"x")
        hs.append((algo, h.hexdigest()[:16], h2.digest_size, h.block_size))
    print(hs)
    print(hashlib.sha256(b"abc").hexdigest(), hashlib.md5(b"").digest()[:4])
    acc = 0
    for i in range(N):
        d = hashlib.sha1(b"item-%d" % i).digest()
        acc ^= int.from_bytes(d[:4], "big")
        e = base64.b64encode(d)
        acc += len(binascii.hexlify(e)) + binascii.crc32(e)
    print(acc)
    bio = io.BytesIO()
    for i in range(N):
        bio.write(struct.pack("<H", i & 0xffff))
        bio.write(b"|" * (i % 3))
    v = bio.getvalue()
    print(len(v), v.count(b"|"), v[:10], v.find(b"||", 100), v.split(b"|")[:4])
    ba = bytearray(b"hello world")
    ba[0:5] = b"HELLO"
    ba.extend(b"!!")
    ba.reverse()
    print(ba, ba.upper(), bytes(ba).decode("latin-1").encode("utf-16-le")[:8], memoryview(ba)[2:5].tobytes())
    t = "Grüße, 世界! ☃".encode("utf-8")
    print(t, t.decode("utf-8"), len(t), t.decode("ascii", "replace"), "é".encode("cp1252"), b"\xe9".decode("latin1"))
    print(int.from_bytes(b"\x01\x02", "little"), (1025).to_bytes(4, "big"), bytes.fromhex("de ad be ef"), b"abc".hex(":"))
    print(b" x y ".strip().split(b" "), b"a-b-c".replace(b"-", b"+", 1), b"%d:%s" % (5, b"z"), b"abc".translate(bytes.maketrans(b"a", b"z")))

main()
