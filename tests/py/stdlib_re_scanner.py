# re.Scanner: a lexicon of (phrase, action) pairs; actions called with the
# scanner (whose .match is the current match) and the text; None skips.
import re


def num(scanner, text):
    return ("NUM", int(text), scanner.match.start())


sc = re.Scanner([
    (r"\d+", num),
    (r"(?:[a-z]+)(_[a-z]+)*", lambda s, t: ("ID", t)),
    (r"(\+|-|\*|/)", lambda s, t: ("OP", t)),
    (r"\s+", None),
    (r"\(", "LPAREN"),
    (r"\)", "RPAREN"),
])
print(sc.scan("12 + foo_bar*(3 - x)"))
print(sc.scan("1 + 2 ? 3"))
print(sc.scan(""))
ci = re.Scanner([(r"abc", lambda s, t: t.upper()), (r"\s", None)], re.I)
print(ci.scan("abc ABC aBc x"))
print(re.Scanner([(r"a*", "A")]).scan("b"))
print(type(sc.scanner).__name__, [p for p, a in sc.lexicon][:2])
