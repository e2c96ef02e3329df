cases = ["", " ", "a", " a ", "a b", "  a  b  ", "\x1c a\x1fb\tc\n", "x" * 50, "hello world " * 5, "\u00e9 a b", " \u3000a\u3000b "]
for c in cases:
    print(repr(c), c.split(), c.split(None, 1), c.rsplit(), c.split(maxsplit=0))
s = "abc"
print(s.split()[0] is s)
import string  # ASCII upper/lower, 8 bytes at a time and the tail
t = "".join(chr(i) for i in range(128)) * 3
for k in range(0, 40):
    u = t[k:k + 200]
    assert u.upper() == "".join(c.upper() for c in u), k
    assert u.lower() == "".join(c.lower() for c in u), k
print(t.upper() == t.upper(), string.ascii_letters.upper(), string.ascii_letters.lower(), "@[`{".upper(), "@[`{".lower())
