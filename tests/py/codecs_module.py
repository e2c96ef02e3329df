# codecs: registry lookup, the text codecs reached by str.encode /
# bytes.decode, incremental and stream codecs, error handlers, BOMs,
# bytes-to-bytes codecs.
import codecs
import io

text = "aé€\U0001f600"
for enc in ["utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
            "utf-32-le", "utf-32-be", "utf-8-sig", "cp1252", "unicode_escape", "raw_unicode_escape",
            "UTF16", "U8", "Latin_1", "windows-1252"]:
    try:
        data = text.encode(enc, "backslashreplace")
        print(enc, data, data.decode(enc), codecs.lookup(enc).name)
    except Exception as e:
        print(enc, type(e).__name__, e)
for enc in ["hex", "base64", "rot13"]:
    info = codecs.lookup(enc)
    print(enc, info.name, info._is_text_encoding)
print(codecs.encode(b"\x00\xffab", "hex"), codecs.decode(b"00ff", "hex"))
print(codecs.encode(b"hello world", "base64"), codecs.decode(b"aGVsbG8=\n", "base64"))
print(codecs.encode("Hello, World!", "rot13"), codecs.decode("Uryyb", "rot_13"))
print(codecs.encode("x", "utf-16-le"), codecs.decode(b"x\x00", "utf-16-le"), codecs.encode("é"))
print(codecs.decode(b"\\n\\t\\x41\\u20ac\\U0001F600\\101\\\\", "unicode_escape"))
print(codecs.decode(b"\\u20ac\\n\\\\u1234", "raw_unicode_escape"))
print(codecs.encode("a\tb\\c\n\x7f\xe9\u20ac'\"", "unicode_escape"))
for data, enc in [(b"a", "utf-16"), (b"\x00\xd8a\x00", "utf-16-le"), (b"\x00\xdca\x00", "utf-16-le"),
                  (b"\\x4", "unicode_escape"), (b"\x81", "cp1252"), (b"\xff\xfe\x00", "utf-16"),
                  (b"\x00\x00\x11\x00", "utf-32-le"), (b"\x00\xd8\x00\x00", "utf-32-le"), (b"\\", "unicode_escape"),
                  (b"\\u12", "unicode_escape"), (b"\\U00110000", "unicode_escape")]:
    try:
        print(data.decode(enc))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e, e.start, e.end)
    print(data.decode(enc, "replace"), data.decode(enc, "ignore"), data.decode(enc, "backslashreplace"))
for s, enc in [("\udc80", "utf-16"), ("a\u20acb", "cp1252"), ("\u0100", "cp1252"), ("\ud800x", "utf-32")]:
    try:
        print(s.encode(enc))
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e)
    print(s.encode(enc, "replace"), s.encode(enc, "xmlcharrefreplace"), s.encode(enc, "backslashreplace"))
print("\udc80".encode("utf-16-le", "surrogatepass"), b"\x80\xdc".decode("utf-16-le", "surrogatepass") == "\udc80")
for bad in [lambda: "x".encode("nope"), lambda: b"x".decode("nope"), lambda: "x".encode("hex"),
            lambda: b"x".decode("base64"), lambda: codecs.lookup("bogus-codec"),
            lambda: codecs.encode(b"x", "utf-8"), lambda: codecs.decode("x", "utf-8"),
            lambda: codecs.encode("x", "hex"), lambda: codecs.lookup_error("nope"),
            lambda: "x".encode("utf-16", "nope")]:
    try:
        print(bad())
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)

print("--- BOMs and helpers")
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE,
      codecs.BOM == codecs.BOM_UTF16, codecs.BOM_LE)
print(codecs.getencoder("utf-16-le")("hi"), codecs.getdecoder("utf-8")(b"hi"))
print(codecs.utf_16_le_decode(b"h\x00i\x00j"), codecs.utf_16_be_encode("A"), codecs.utf_8_decode(b"\xe2\x82", "strict", False))
print(codecs.utf_16_ex_decode(b"\xfe\xff\x00A"), codecs.escape_decode(b"\\x41\\n"), codecs.escape_encode(b"a'\n\x00"))
print(codecs.charmap_decode(b"\x00\x01", "strict", "ab"), codecs.charmap_encode("ab", "strict", {97: 1, 98: 2}))

print("--- incremental")
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"), enc.encode("", final=True))
dec = codecs.getincrementaldecoder("utf-16")()
print([dec.decode(bytes([b])) for b in "aé€".encode("utf-16")], dec.decode(b"", final=True))
dec = codecs.getincrementaldecoder("utf-8")()
print([dec.decode(bytes([b])) for b in "é€😀".encode("utf-8")])
dec = codecs.getincrementaldecoder("utf-8-sig")()
print(dec.decode(b"\xef\xbb"), dec.decode(b"\xbfhi"), dec.decode(b"\xef\xbb\xbf"))
print(list(codecs.iterencode(["a", "b", "c"], "utf-16-be")), "".join(codecs.iterdecode([b"\xe2", b"\x82\xac", b"!"], "utf-8")))
try:
    codecs.getincrementaldecoder("utf-8")().decode(b"\xe2\x82", final=True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)

print("--- streams")
buf = io.BytesIO()
w = codecs.getwriter("utf-16-le")(buf)
w.write("héllo\n")
w.writelines(["wörld\n", "!"])
print(buf.getvalue())
buf.seek(0)
r = codecs.getreader("utf-16-le")(buf)
print(repr(r.readline()), repr(r.read()))
buf = io.BytesIO("line1\nlíne2\nline3".encode("utf-8"))
r = codecs.getreader("utf-8")(buf)
print(r.readlines())
buf = io.BytesIO("x\ny\n".encode("latin-1"))
print(list(codecs.getreader("latin-1")(buf)))
rec = codecs.EncodedFile(io.BytesIO("é".encode("latin-1")), "utf-8", "latin-1")
print(rec.read())

print("--- error handlers")
def handler(exc):
    return ("<%d-%d>" % (exc.start, exc.end), exc.end)
codecs.register_error("mine", handler)
print(codecs.lookup_error("mine") is handler, "\u20ac\u20acx".encode("cp1252", "mine") if False else "\u0100x".encode("cp1252", "mine"))
print(b"\x81\x81x".decode("cp1252", "mine"), "\U0001f600".encode("utf-16-le", "mine") if False else "ok")
print(codecs.lookup_error("strict") is codecs.strict_errors, codecs.replace_errors(UnicodeEncodeError("ascii", "ab", 0, 2, "r")))
print(codecs.backslashreplace_errors(UnicodeDecodeError("ascii", b"\xff\xfe", 0, 2, "r")))
print(codecs.xmlcharrefreplace_errors(UnicodeEncodeError("ascii", "\u20ac", 0, 1, "r")))
try:
    codecs.xmlcharrefreplace_errors(UnicodeDecodeError("ascii", b"\xff", 0, 1, "r"))
except TypeError as e:
    print("TypeError", e)

def search(name):
    if name == "myrot":
        return codecs.CodecInfo(lambda s, e="strict": (s[::-1].encode(), len(s)),
                                lambda b, e="strict": (bytes(b).decode()[::-1], len(b)), name="myrot")
    return None
codecs.register(search)
print("abc".encode("myrot"), b"cba".decode("myrot"), codecs.lookup("myrot").name, repr(codecs.lookup("myrot"))[:35])
codecs.unregister(search)
try:
    codecs.lookup("myrot")
except LookupError as e:
    print("LookupError", e)
print(isinstance(codecs.lookup("utf-8"), tuple), len(codecs.lookup("utf-8")), codecs.lookup("utf-8")[0] is codecs.lookup("utf-8").encode)
print(codecs.make_identity_dict(range(3)), codecs.make_encoding_map({1: 2, 3: 2, 4: 5}))
