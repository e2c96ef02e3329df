# hashlib (OpenSSL libcrypto via _hashlib) and hmac: digests, copy, XOF lengths, pbkdf2, errors.
import hashlib, hmac
for n in ["md5","sha1","sha224","sha256","sha384","sha512","sha3_256","blake2b","blake2s"]:
    h = hashlib.new(n, b"abc"); h.update(b"def")
    print(n, h.hexdigest(), h.digest_size, h.block_size, h.name, getattr(hashlib, n)(b"abcdef").digest() == h.digest())
print(hashlib.shake_128(b"x").hexdigest(10), hashlib.shake_256(b"x").digest(5))
h = hashlib.sha256(); c = h.copy(); h.update(b"a"); print(c.hexdigest() != h.hexdigest())
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex())
print(hmac.new(b"key", b"msg", "sha256").hexdigest(), hmac.digest(b"k"*100, b"m", hashlib.sha1).hex())
print(hmac.compare_digest(b"a", b"a"), hmac.compare_digest("a", "b"))
try: hashlib.sha256("str")
except TypeError as e: print(e)
try: hashlib.new("nope")
except ValueError as e: print(e)
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.md5(bytearray(b"xy")).hexdigest(), hashlib.sha1(memoryview(b"xy")).hexdigest())
