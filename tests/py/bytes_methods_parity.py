# bytes methods added for CPython 3.11 parity; bytes-like args everywhere.
b = b'hello world'
print(b.partition(b' '), b.partition(b'x'), b.rpartition(b'o'), b.rpartition(b'x'))
print(b.partition(bytearray(b'lo')), b'a b'.split(bytearray(b' ')))
for w in (0, 5, 11, 12, 15, 16):
    print(w, b'abc'.center(w), b'abc'.center(w, b'*'), b'ab'.center(w, b'-'),
          b'abc'.ljust(w, b'.'), b'abc'.rjust(w), b'abc'.rjust(w, bytearray(b'#')))
for x in (b'42', b'-42', b'+7', b'', b'abc', b'-'):
    print(x.zfill(5), x.zfill(1))
print(b'a\tbc\tdef\n\tx\r\ty'.expandtabs(), b'a\tb'.expandtabs(4), b'a\tb'.expandtabs(0),
      b'\t'.expandtabs(tabsize=3))
s = b'one\ntwo\r\nthree\rfour\n\nlast'
print(s.splitlines(), s.splitlines(True), s.splitlines(keepends=True), b''.splitlines(), b'x\n'.splitlines())
for x in (b'hello world', b"they're bill's", b'HELLO wORLD 3rd', b'', b'a1b2 c_d', b'\xe9t\xe9'):
    print(x.title(), x.capitalize(), x.swapcase(), x.upper(), x.lower())
for x in (b'', b'abc', b'ABC', b'aBc', b'123', b'a1', b' \t\n', b'Hello World', b'Hello world',
          b'HELLO', b'hello 1', b'\x80', b'A', b'1A', b'Aa Bb', b'aA'):
    print(x, x.isalpha(), x.isdigit(), x.isalnum(), x.isspace(), x.isupper(), x.islower(),
          x.istitle(), x.isascii())
t = bytes.maketrans(b'abc', b'xyz')
print(len(t), t[97:100], b'aabbcc'.translate(t), b'aabbcc'.translate(t, b'b'),
      b'aabbcc'.translate(None, b'ac'), b'abc'.translate(None), b'abc'.translate(t, delete=bytearray(b'c')))
print(bytes.maketrans(bytearray(b'a'), b'b')[97])
print(b'prefix-body'.removeprefix(b'prefix-'), b'body'.removeprefix(b'x'), b'a.py'.removesuffix(b'.py'),
      b'a.py'.removesuffix(bytearray(b'.c')), b'ab'.removeprefix(b''))
print(b'abcabc'.count(97), b'abcabc'.find(98), b'abcabc'.rfind(99), b'abcabc'.index(bytearray(b'ca')),
      b'abcabc'.count(bytearray(b'bc')), b'abc'.find(memoryview(b'c')))
print(b'a,b,c,d'.split(b',', 2), b'a,b,c,d'.rsplit(b',', 2), b'a b  c d'.split(None, 1),
      b'a b  c d'.rsplit(maxsplit=1), b'a,b'.split(sep=bytearray(b',')), b'a,b,c'.rsplit(b',', 0))
print(b'xxaxx'.strip(bytearray(b'x')), b'abc'.startswith(bytearray(b'ab')), b'abc'.endswith((b'x', bytearray(b'c'))),
      b'abc'.replace(bytearray(b'b'), memoryview(b'BB')))
print(b'\x01\x02\x03\x04\x05'.hex(), b'\x01\x02\x03\x04\x05'.hex(':'), b'\x01\x02\x03\x04\x05'.hex('-', 2),
      b'\x01\x02\x03\x04\x05'.hex(b' ', -2), b'abc'.hex(sep='_', bytes_per_sep=1))
for f in (lambda: b'a'.partition(b''), lambda: b'a'.partition('x'), lambda: b'a'.center(5, b'ab'),
          lambda: b'a'.ljust(5, 'x'), lambda: b'a'.translate(b'x'), lambda: bytes.maketrans(b'a', b''),
          lambda: b'a'.removeprefix('a'), lambda: b'a'.split(''), lambda: b'ab'.index(99),
          lambda: b'ab'.count('a'), lambda: b'a'.center(), lambda: b'a'.isalpha(1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
