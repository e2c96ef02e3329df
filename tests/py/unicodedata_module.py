import unicodedata as ud
import zlib

print(ud.unidata_version)
for c in "aA1 \t\u00e9\u0301\u2167\u00bd\u0663\u00b2\u4e00\uac00\U0001f600\u200f\u05d0\u0627(\ufb01\u3000\uff21\ud800\ue000\U000e0001":
    print("%04X" % ord(c), ud.category(c), repr(ud.bidirectional(c)), ud.combining(c), ud.east_asian_width(c),
          ud.mirrored(c), repr(ud.decomposition(c)), ud.name(c, None), ud.decimal(c, None), ud.digit(c, None),
          ud.numeric(c, None))

print(ud.lookup("LATIN SMALL LETTER A"), ud.lookup("latin small letter e with acute"), ud.lookup("SNOWMAN"))
print(ud.lookup("HANGUL SYLLABLE GAG"), ud.lookup("HANGUL SYLLABLE HIH"), ud.lookup("CJK UNIFIED IDEOGRAPH-4E00"),
      ud.lookup("CJK UNIFIED IDEOGRAPH-2A6DF"))
print(ascii(ud.lookup("LATIN CAPITAL LETTER GHA")), ascii(ud.lookup("TAMIL SYLLABLE SAI")),
      ascii(ud.lookup("KEYCAP NUMBER SIGN")), ascii(ud.lookup("NULL")), ascii(ud.lookup("BYTE ORDER MARK")))
print(ud.lookup(b"DIGIT ONE"))
print(ascii(ud.lookup("cjk compatibility ideograph-f900")), ascii(ud.lookup("nushu character-1b170")),
      ascii(ud.lookup("CJK UNIFIED IDEOGRAPH-04E00")))
for bad in ("NO SUCH CHARACTER", "CJK UNIFIED IDEOGRAPH-0041", "HANGUL SYLLABLE QQQ", "x" * 300,
            "hangul syllable hih", "CJK UNIFIED IDEOGRAPH-4e00", "TANGUT IDEOGRAPH-17000",
            "CJK COMPATIBILITY IDEOGRAPH-0F900", "CJK UNIFIED IDEOGRAPH-004E00"):
    try:
        ud.lookup(bad)
    except KeyError as e:
        print("KeyError", e)
print(ud.name("\uac01"), ud.name("\ud7a3"), ud.name("\U0002a6df"), ud.name("\ufa0e"), ud.name("\U0001b170"))
for f, args in [(ud.name, ("\x00",)), (ud.name, ("ab",)), (ud.category, (1,)), (ud.category, ("",)),
                (ud.decimal, ("x",)), (ud.digit, ("x",)), (ud.numeric, ("x",)), (ud.normalize, ("NFX", "a")),
                (ud.normalize, ("NFC", 1)), (ud.lookup, (1,)), (ud.is_normalized, ("NFC", b"x"))]:
    try:
        print(f(*args))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(ud.decimal("x", "dflt"), ud.digit("\u2460"), ud.numeric("\u2155"), ud.numeric("\U00012432"),
      ud.numeric("\u5146"), ud.numeric("\u0f33"))

# normalization
samples = ["caf\u00e9", "cafe\u0301", "\u1e9b\u0323", "\ufb01", "\u2167", "\u00c5\u212b\u0041\u030a",
           "\uac00\u11a8", "\u1100\u1161\u11a8", "\u0071\u0307\u0323", "\u01c4", "\u3300",
           "e\u0301\u0327\u0300", "\u0b47\u0b3e", "\u1100\u1161\u0300\u11a8", "\u0344\u0f73",
           "ASCII only", "", "\U0001d15e\U0001d165", "a\u0308\u0301b\u0302\u0323"]
for s in samples:
    print(ascii(s), [ascii(ud.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")],
          [ud.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])


def crc(values):
    return zlib.crc32("|".join(map(str, values)).encode("utf-8", "surrogatepass"))


# whole-database fingerprints (the BMP fully, the other planes sampled)
cps = list(range(0x10000)) + list(range(0x10000, 0x110000, 13))
chars = [chr(i) for i in cps]
print("category", crc(ud.category(c) for c in chars))
print("bidirectional", crc(ud.bidirectional(c) for c in chars))
print("combining", crc(ud.combining(c) for c in chars))
print("east_asian_width", crc(ud.east_asian_width(c) for c in chars))
print("mirrored", crc(ud.mirrored(c) for c in chars))
print("decomposition", crc(ud.decomposition(c) for c in chars))
print("name", crc(ud.name(c, "") for c in chars))
print("numeric", crc((ud.decimal(c, None), ud.digit(c, None), ud.numeric(c, None)) for c in chars))
named = [c for c in chars[::3] if ud.name(c, None)]
print("lookup", len(named), all(ud.lookup(ud.name(c)) == c for c in named))
dec = [c for c in chars if ud.decomposition(c) or ud.combining(c) or 0x1100 <= ord(c) < 0x11ff]
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    print(form, len(dec), crc(ud.normalize(form, c) for c in dec),
          crc(ud.normalize(form, "a" + c + "\u0316\u0301" + c) for c in dec[::5]))
