import textwrap

print(repr(textwrap.shorten("Hello  world!", width=12)))
print(repr(textwrap.shorten("Hello  world!", width=11)))
print(repr(textwrap.shorten("Hello world!", width=10, placeholder="...")))
print(repr(textwrap.shorten("The quick brown fox jumps over the lazy dog", 20)))
print(repr(textwrap.shorten("   spaced    out\ttext\n here  ", 40)))
print(repr(textwrap.shorten("Supercalifragilisticexpialidocious", 15)))

s = """\
    def f():
        return 1

      # comment
    x = 2
"""
print(repr(textwrap.dedent(s)))
print(repr(textwrap.dedent("  a\n    b\n  c")))
print(repr(textwrap.dedent("\ta\n  b")))
print(repr(textwrap.dedent("  \t a\n  \t b\n  \tc")))
print(repr(textwrap.dedent("no indent\n  here")))
print(repr(textwrap.dedent("   \n  x\n \n  y\n")))
print(repr(textwrap.dedent("")))

print(repr(textwrap.indent("one\ntwo\n\nthree\n", "  ")))
print(repr(textwrap.indent("one\r\ntwo\n   \nx", "> ")))
print(repr(textwrap.indent("one\ntwo\n\n", "+ ", lambda line: True)))
print(repr(textwrap.indent("a\nbb\nccc\n", "#", lambda line: len(line) > 2)))
