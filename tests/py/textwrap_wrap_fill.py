import textwrap

text = ("The quick brown fox jumps over the lazy dog. Python's textwrap module "
        "is well-known for its self-explanatory, easy-to-use API -- mostly. "
        "Supercalifragilisticexpialidocious words get broken. A-B-C-D hyphens "
        "and e-mail addresses, ab-cd, a-b, x--y, and --options too.")
for w in (10, 15, 20, 33, 40, 70):
    print(w, textwrap.wrap(text, w))
    print(textwrap.fill(text, width=w))
print(textwrap.wrap(text, 12, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 12, break_long_words=False, break_on_hyphens=False))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="    "))
print(textwrap.fill("a\tb\tc\nd  e", 8))
print(textwrap.wrap("a\tb\tc\nd  e", 8, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("  leading   and trailing   ", 8))
print(textwrap.wrap("  leading   and trailing   ", 8, drop_whitespace=False))
print(textwrap.wrap("Hello there. How are you? Fine! ok", 60, fix_sentence_endings=True))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap("abcdefghijklmnop-qrstuvwxyz-0123", 7))
print(textwrap.wrap("xxxx----yyyy", 3))
print(textwrap.wrap(text, 25, max_lines=3))
print(textwrap.wrap(text, 25, max_lines=2, placeholder="..."))
w = textwrap.TextWrapper(width=18, initial_indent="> ", subsequent_indent=">> ")
print(w.wrap(text))
w.width = 50
print(w.fill(text))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print("ValueError", e)
try:
    textwrap.wrap("abc def ghi", 4, max_lines=1, placeholder=" [.....]")
except ValueError as e:
    print("ValueError", e)
