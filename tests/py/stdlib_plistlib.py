# plistlib: XML and binary plists, byte for byte as CPython writes them,
# and reading them back (format detection, dict_type, UID, errors).
import datetime
import io
import plistlib
from collections import OrderedDict

value = {
    "aString": "Doodah",
    "aList": ["A", "B", 12, 32.5, [1, 2, 3]],
    "aFloat": 0.1,
    "anInt": 728,
    "aBigInt": 2 ** 63 - 44,
    "aBigInt2": 2 ** 63 + 44,
    "aNegativeInt": -5,
    "aNegativeBigInt": -80000000000,
    "aDict": {
        "anotherString": "<hello & 'hi' there!>",
        "aUnicodeValue": "M\xe4ssig, Ma\xdf",
        "aTrueValue": True,
        "aFalseValue": False,
        "deeperDict": {"a": 17, "b": 32.5, "c": [1, 2, "text"]},
    },
    "someData": b"<binary gunk>",
    "someMoreData": b"<lots of binary gunk>\0\1\2\3" * 10,
    "nestedData": [b"<lots of binary gunk>\0\1\2\3" * 10],
    "aDate": datetime.datetime(2004, 10, 26, 10, 33, 33),
    "anEmptyDict": {},
    "anEmptyList": [],
    "\xc5benraa": "That was a unicode key.",
    "crlf": "line1\r\nline2\rline3",
    "tuple": (1, "two"),
    "bytearray": bytearray(b"xyz"),
}

xml = plistlib.dumps(value)
print(xml.decode("utf-8"))
back = plistlib.loads(xml)
print(sorted(back) == sorted(value), back["aDict"], back["aDate"], back["tuple"],
      back["bytearray"], repr(back["crlf"]))
try:
    plistlib.loads(xml.decode("utf-8"))
except TypeError as e:
    print("TypeError")

binary = plistlib.dumps(value, fmt=plistlib.FMT_BINARY)
print(len(binary), binary[:8], binary[-32:])
print(binary.hex())
back = plistlib.loads(binary)
print(back["aDict"], back["aBigInt2"], back["aNegativeBigInt"], back["aDate"],
      back["tuple"], back["someData"])

unsorted = {"b": 1, "a": 2, "c": {"z": 1, "y": 2}}
print(plistlib.dumps(unsorted, sort_keys=False).decode())
print(plistlib.dumps(unsorted, sort_keys=False, fmt=plistlib.FMT_BINARY).hex())
print(plistlib.dumps(unsorted, fmt=plistlib.FMT_BINARY).hex())
print(plistlib.loads(plistlib.dumps(unsorted, sort_keys=False), dict_type=OrderedDict))

# shared objects, repeated scalars, UID, sizes above 14 and 255
shared = [1, 2]
v2 = {"x": shared, "y": shared, "s": "same", "t": "same", "u": plistlib.UID(5),
      "big": list(range(20)), "long": "q" * 300, "uni": "\u20ac" * 20, "none_list": [True, 1],
      "uids": [plistlib.UID(300), plistlib.UID(70000), plistlib.UID(2 ** 40)],
      "floats": [1.0, 1, True, 0.0, 0, False]}
b2 = plistlib.dumps(v2, fmt=plistlib.FMT_BINARY)
print(b2.hex())
r2 = plistlib.loads(b2)
print(r2["x"] is r2["y"], r2["u"], r2["uids"], r2["floats"], len(r2["long"]), r2["uni"][:3])
many = plistlib.dumps(list(range(300)), fmt=plistlib.FMT_BINARY)
print(len(many), many[-32:].hex())
print(plistlib.loads(many)[-3:])

print(repr(plistlib.FMT_XML), repr(plistlib.FMT_BINARY), plistlib.PlistFormat.FMT_XML.value)
u = plistlib.UID(3)
print(u, u == plistlib.UID(3), u == 3, hash(u) == hash(3), u.__index__(), u.__reduce__())
for bad in ["x", -1, 2 ** 64]:
    try:
        plistlib.UID(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# errors
for bad in [{1: 2}, {"a": None}, None, 2 ** 64, {"a": "\x01"}, plistlib.UID(1)]:
    try:
        plistlib.dumps(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(plistlib.dumps({1: 2, "k": "v"}, skipkeys=True, sort_keys=False).decode().count("<key>"))
print(plistlib.dumps({1: 2, "k": "v"}, skipkeys=True, sort_keys=False, fmt=plistlib.FMT_BINARY).hex())
for bad in [2 ** 64, -2 ** 64, {1: 2}, object()]:
    try:
        plistlib.dumps(bad, fmt=plistlib.FMT_BINARY)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__)
try:
    plistlib.dumps(1, fmt="nope")
except ValueError as e:
    print(e)
for data in [b"", b"garbage", b"bplist00" + b"\0" * 10, binary[:-5]]:
    try:
        plistlib.loads(data)
    except plistlib.InvalidFileException as e:
        print("InvalidFileException", e)

# XML reading: dates with fewer fields, hex integers, whitespace, BOM
doc = b"""<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
  <key>d1</key><date>2020-01-02Z</date>
  <key>d2</key><date>2020-05-06T07Z</date>
  <key>hex</key><integer>0x1F</integer>
  <key>data</key><data>
     aGVsbG8g
     d29ybGQ=
  </data>
  <key>esc</key><string>a &lt;b&gt; &amp; c</string>
  <key>empty</key><string></string>
  <key>r</key><real>1e3</real>
</dict>
</plist>
"""
print(plistlib.loads(doc))
print(plistlib.loads(b"\xef\xbb\xbf" + doc)["hex"])
print(plistlib.loads(b"<plist><array><integer>1</integer><true/></array></plist>"))
print(plistlib.load(io.BytesIO(doc), fmt=plistlib.FMT_XML)["hex"])
for bad in [b"<plist><dict><key>a</key></dict></plist>",
            b"<plist><array><key>a</key></array></plist>"]:
    try:
        plistlib.loads(bad)
    except ValueError as e:
        print(type(e).__name__, e)

buf = io.BytesIO()
plistlib.dump([1, "two"], buf, fmt=plistlib.FMT_BINARY)
buf.seek(0)
print(plistlib.load(buf))
