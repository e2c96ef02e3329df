# str.strip/lstrip/rstrip: whitespace (every ASCII and some non-ASCII space
# characters), ASCII and non-ASCII character sets, on ASCII and non-ASCII
# strings, str subclasses, errors.
samples = [
    "", " ", "  abc  ", "\t\n\v\f\r abc \x1c\x1d\x1e\x1f", "\x1b abc \x1b",
    "\u3000 abc\u2028\u00a0", "\u00a0x\u00a0", "\x85abc\x85", "abc",
    '"Hello," she said.', "((a))", "..!?", "\u00e9t\u00e9!", "\u00bfqu\u00e9?",
    "\U0001F600 smile \U0001F600", "xxyxyzyxx",
]
sets = [None, "", " ", ".,;:!?\"'()", "xy", "\u00e9!", "\U0001F600 ", "\u00bf?", "abc\u3000"]
for s in samples:
    for chars in sets:
        r = (s.strip(chars), s.lstrip(chars), s.rstrip(chars))
        print(repr(s), repr(chars), [repr(x) for x in r])
print([repr(s.strip()) for s in samples])

class S(str):
    pass

t = S("  sub  ")
print(repr(t.strip()), type(t.strip()).__name__, repr(S("..x..").strip(".")))
print(repr("..x..".strip(S("."))))
for bad in (1, b".", ["."]):
    for m in ("strip", "lstrip", "rstrip"):
        try:
            getattr("x", m)(bad)
        except TypeError as e:
            print(m, type(bad).__name__, e)
try:
    "x".strip(".", ".")
except TypeError as e:
    print(e)
# stripping everything, and in a hot loop (the specialised call paths)
print(repr("....".strip(".")), repr("  \t ".rstrip()), repr("ab".lstrip("ba")))
n = 0
for i in range(3000):
    w = ("((w%d))," % i).strip("(),") if i % 2 else (" w%d\t" % i).strip()
    n += len(w)
print(n)
