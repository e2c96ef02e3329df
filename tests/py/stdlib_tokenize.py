# tokenize: generate_tokens / tokenize / untokenize / detect_encoding, errors
import io
import token
import tokenize
from tokenize import TokenInfo, TokenError, generate_tokens, untokenize, detect_encoding


def show(src):
    try:
        for t in generate_tokens(io.StringIO(src).readline):
            print(' ', tokenize.tok_name[t.type], tokenize.tok_name[t.exact_type],
                  repr(t.string), t.start, t.end)
    except (TokenError, IndentationError, SyntaxError) as e:
        print('  error', type(e).__name__, e.args)


SOURCES = [
    "x = 1\n",
    "def f(a, b=2, *c, **d):\n    return a + b  # add\n\n\nprint(f(1))\n",
    "if x:\n    if y:\n        pass\n    z = 3\nw = 4\n",
    "s = 'abc' + \"def\" + r'\\d' + b'x' + f'{a!r:>10}' + Rb'raw'\n",
    "t = '''multi\nline\nstring''' + 1\n",
    'u = """one line"""\n',
    "n = [1, 2.5, .5, 1e10, 1_000, 0x_ff, 0o17, 0b101, 3j, 1.5e-3J, 10.]\n",
    "ops = a ** b // c << d >> e != f <= g >= h == i -> j := k ... @= -= **= //= >>= <<=\n",
    "x = (1,\n     2)\ny = [\n  3,\n]\n",
    "a = 1 + \\\n    2\n",
    "# just a comment\n\n   \n",
    "no_newline = 1",
    "# comment at end",
    "if a:\n  b\n",
    "x = $ ? !\n",
    "s = 'unterminated\nx = 1\n",
    "s = '''never ends\n",
    "f(1,\n",
    "if a:\n        b\n    c\n",
    "x\t= 1\r\n",
    "\tif x:\n\t\tpass\n",
    "a = 'cont\\\nnued'\n",
    "a = 'cont\\\nnot\n",
    "class C:\n    pass\n# trailing\n",
    "x = 1;y = 2\n",
    "\u00e9t\u00e9 = 'caf\u00e9'\n",
    "async def f():\n    await g()\n",
    "",
]

for src in SOURCES:
    print(repr(src))
    show(src)

# TokenInfo basics
t = TokenInfo(tokenize.OP, '+=', (1, 2), (1, 4), 'a += 1\n')
print(t)
print(t.exact_type == token.PLUSEQUAL, t.type == tokenize.OP, t._fields)
t2 = TokenInfo(tokenize.NAME, 'abc', (1, 0), (1, 3), 'abc')
print(repr(t2), t2.exact_type == tokenize.NAME)
print(tokenize.tok_name[tokenize.ENCODING], tokenize.ENCODING, tokenize.COMMENT, tokenize.NL, tokenize.ERRORTOKEN)

# tokenize() on bytes: ENCODING first
src = b"# -*- coding: latin-1 -*-\nx = '\xe9'\n"
toks = list(tokenize.tokenize(io.BytesIO(src).readline))
for t in toks:
    print(' ', tokenize.tok_name[t.type], repr(t.string), t.start, t.end, repr(t.line))
print(repr(untokenize(toks)))
print(untokenize(toks) == src)

# round trips
for src in SOURCES[:13] + SOURCES[19:22] + SOURCES[23:27]:
    toks = list(generate_tokens(io.StringIO(src).readline))
    back = untokenize(toks)
    print(back == src, end=' ')
    pairs = [(t.type, t.string) for t in toks]
    back2 = untokenize(pairs)
    again = [(t.type, t.string) for t in generate_tokens(io.StringIO(back2).readline)]
    print(again == pairs or [x for x in zip(again, pairs) if x[0] != x[1]][:2])
print(repr(untokenize([(tokenize.NAME, 'x'), (tokenize.OP, '='), (tokenize.NUMBER, '1'),
                       (tokenize.NEWLINE, '\n'), (tokenize.STRING, "'a'"), (tokenize.STRING, "'b'")])))
try:
    untokenize([TokenInfo(tokenize.NAME, 'b', (2, 0), (2, 1), ''),
                TokenInfo(tokenize.NAME, 'a', (1, 0), (1, 1), '')])
except ValueError as e:
    print('ValueError', e)

# detect_encoding
def lines(*ls):
    return iter(ls).__next__
def rl(data):
    return io.BytesIO(data).readline
print(detect_encoding(rl(b"x = 1\n")))
print(detect_encoding(rl(b"# coding: latin-1\nx = 1\n")))
print(detect_encoding(rl(b"#!/usr/bin/env python\n# -*- coding: utf_8 -*-\nx\n")))
print(detect_encoding(rl(b"\xef\xbb\xbfx = 1\n")))
print(detect_encoding(rl(b"\xef\xbb\xbf# coding: utf-8\n")))
print(detect_encoding(rl(b"")))
print(detect_encoding(rl(b"\n\n# coding: latin-1\n")))
print(detect_encoding(rl(b"# vim: set fileencoding=ascii :\n")))
for bad in (b"# coding: no-such-codec\n", b"\xef\xbb\xbf# coding: latin-1\n", b"\xff\xfe = 1\n"):
    try:
        print(detect_encoding(rl(bad)))
    except SyntaxError as e:
        print('SyntaxError', e)

# tokenizing this very file's first lines through tokenize.open
with tokenize.open(__file__) as f:
    first = next(generate_tokens(f.readline))
    print(first.type == tokenize.COMMENT, f.encoding)

# a larger program: every token type count
prog = '''
import os, sys
class A(object):
    """Doc."""
    x: int = 0
    def m(self, *args, **kw) -> None:
        for i in range(10):
            if i % 2 == 0 and not i > 5:
                yield i ** 2
            else:
                continue
        return {k: v for k, v in kw.items()}
lam = lambda a=1: a@b
'''
counts = {}
for t in generate_tokens(io.StringIO(prog).readline):
    name = tokenize.tok_name[t.exact_type]
    counts[name] = counts.get(name, 0) + 1
print(sorted(counts.items()))
print(untokenize(generate_tokens(io.StringIO(prog).readline)) == prog)
