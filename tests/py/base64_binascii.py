# base64 (b64/urlsafe/b32/b32hex/b16/b85/a85) and binascii (hex, base64, crc32, crc_hqx, Error).
import base64, binascii
data = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), b"\0\0\0\0abc", b"    xy"]
for d in data:
    e = base64.b64encode(d); print(e, base64.b64decode(e) == d)
    print(base64.urlsafe_b64encode(d)[:20], base64.b32encode(d)[:24], base64.b16encode(d)[:16])
    print(base64.b32decode(base64.b32encode(d)) == d, base64.b16decode(base64.b16encode(d)) == d, base64.b32hexdecode(base64.b32hexencode(d)) == d)
    print(base64.b85encode(d)[:30], base64.b85decode(base64.b85encode(d)) == d, base64.a85encode(d)[:30], base64.a85decode(base64.a85encode(d)) == d)
print(base64.a85encode(b"hello world", adobe=True, wrapcol=5), base64.a85decode(b"<~BOu!rD]j7BEbo7~>", adobe=True))
print(base64.b64decode("YWJj"), base64.b64decode(b"YW Jj\n"), base64.b64decode("YWI="), base64.b64decode("YWI=garbage"))
for bad in ["YWJ", "Y", "YW=="[:3]]:
    try: print(base64.b64decode(bad))
    except binascii.Error as e: print("Error", e)
try: base64.b64decode("YW!J", validate=True)
except binascii.Error as e: print("Error", e)
print(base64.encodebytes(bytes(100))[:20], len(base64.encodebytes(bytes(100))))
print(binascii.hexlify(b"\x01\xff"), binascii.hexlify(b"abcdef", "-", 2), binascii.hexlify(b"abcde", b":", -2), binascii.unhexlify("01ff"))
print(binascii.crc32(b"hello"), binascii.crc32(b"world", binascii.crc32(b"hello")), binascii.crc_hqx(b"abc", 0))
try: binascii.unhexlify("abc")
except binascii.Error as e: print("Error", e, isinstance(e, ValueError))
print(binascii.Error.__module__, binascii.Error.__mro__[1].__name__)
print(binascii.b2a_base64(b"xyz"), binascii.a2b_base64(b"eHl6\n"))
print(base64.urlsafe_b64decode("-_-_"), base64.b32decode("mzxw6===", casefold=True))
