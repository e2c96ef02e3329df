# \N{name} escapes in str literals and f-strings
print(ascii("\N{LATIN SMALL LETTER E WITH ACUTE}\N{BULLET}"))
print(ascii("\N{latin small letter a}x\N{Digit One}"))
print(ascii("x\N{LINE FEED}y"), ascii("\N{NULL}"), ascii("\N{CJK UNIFIED IDEOGRAPH-4E00}"))
print(ascii("\N{HANGUL SYLLABLE GAG}"), ascii("\N{EM DASH}" * 3))
print(ascii(f"\N{BULLET} {1 + 1}"), ascii(f"{1}\N{DIGIT ONE}"), ascii(f"{1:\N{BULLET}>5}"))
print(ascii(b"\N{BULLET}"), ascii(rb"\N{x}"), ascii(r"\N{BULLET}"))
x = 3
print(ascii(rf"\N{x}"))
print(len("\N{GREEK SMALL LETTER ALPHA}\N{GREEK SMALL LETTER BETA}"))
for src in ['"\\N{FOO}"', '"ab\\N"', '"\\N{abc"', '"\\N{}"', 'f"\\N{NO SUCH NAME} {1}"',
            '"\\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}"', '"\\N{cjk unified ideograph-4e00}"']:
    try:
        print(ascii(eval(src)))
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
import codecs
print(ascii(codecs.decode(b"a\\N{BULLET}b", "unicode_escape")))
