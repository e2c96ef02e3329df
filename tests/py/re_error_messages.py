# re.error: CPython's messages, positions, lineno/colno for malformed patterns
import re
for p in ["(abc", "abc)", "[abc", "a**", "*a", "(?P<n>a)(?P<n>b)", "\\", "a{2,1}", "[z-a]", "(?P<1>x)", "\\8", "(?<=a+)b", "(?(1)a|b)", "x{", "(?z)", "\\p{L}", "(?P=missing)", "[\\d-z]", "a|*", "(?#unterminated"]:
    try:
        re.compile(p); print(repr(p), "ok")
    except re.error as e:
        print(repr(p), e, e.pos, e.lineno, e.colno)
import re
pats = ["[a-z]", "[-a]", "[a-]", "[]-a]", "[\\]-a]", "[\\x41-\\x5a]", "[\\u0041-\\u005a]", "[\\101-\\132]", "[é-ü]", "[ü-é]", "[\\n-\\r]", "[\\r-\\n]",
        "[a-\\d]", "[\\w-\\d]", "[^z-a]", "[a-a]", "[0-9a-fA-F]", "[\\--a]", "[a\\-z]", 
        "(a)\\1", "(a\\1)", "(a)\\2", "\\10", "(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\10", "\\123", "\\012", "\\0", "\\08", "(?P<a>x)(?P=a)",
        "(?P<a b>x)", "(?P<>x)", "(?P<a", "(?P<é>x)", "(?P<_1>x)", "(?P<1a>x)", "(?Px)", "(?<x>a)", "(?>ab)", "a++", "a{3,2}", "a{,2}", "a{2,}", "a{2}",
        "(?(1)a|b)(x)", "(?(0)a)", "(?(2)a)(b)", "(?(x)a)", "(?x) a b # c", "(?i)abc", "(?-i:a)", "x{2,1", "a{10,9}?"]
for p in pats:
    try:
        r = re.compile(p); print(repr(p), "ok", r.groups)
    except re.error as e:
        print(repr(p), "E:", e, e.pos, e.lineno, e.colno)
for p in [b"[z-a]", b"(?P<a>x)(?P<a>y)", b"\\9"]:
    try: re.compile(p); print(p, "ok")
    except re.error as e: print(p, "E:", e, e.pos)
try: re.compile("a\nb\n(c")
except re.error as e: print(e, e.lineno, e.colno)
e = re.error("plain"); print(e, e.msg, e.pattern, e.pos, e.lineno)
print(re.error.__module__, re.error.__mro__)
