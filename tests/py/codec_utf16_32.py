for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "UTF_32LE", "utf-32-be", "utf16"]:
    b = "aé€😀".encode(enc)
    print(enc, b, b.decode(enc))
print(b"\xfe\xff\x00a".decode("utf-16"), b"a\x00".decode("utf-16"), b"\xff\xfe\x00\x00a\x00\x00\x00".decode("utf-32"))
for bad, enc in [(b"a\x00b", "utf-16-le"), (b"\x00\xdc", "utf-16-le"), (b"\x00\xd8a\x00", "utf-16-le"), (b"\x00\xd8", "utf-16-le"), (b"\x00\x00\x11\x00", "utf-32-le"), (b"\x00\xd8\x00\x00", "utf-32-le"), (b"abc", "utf-32")]:
    try:
        print(bad.decode(enc))
    except UnicodeDecodeError as e:
        print("UDE", e, e.start, e.end, e.reason)
    print(repr(bad.decode(enc, "replace")), repr(bad.decode(enc, "ignore")))
s = "a\udc80b"
for err in ["replace", "ignore", "backslashreplace", "xmlcharrefreplace", "surrogatepass"]:
    print(err, s.encode("utf-16-le", err))
try:
    s.encode("utf-16")
except UnicodeEncodeError as e:
    print("UEE", e)
print("".encode("utf-16"), b"".decode("utf-16"), "x".encode("utf_16_be"))
