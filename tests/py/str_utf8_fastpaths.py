# Fast paths on UTF-8 data: case mapping, count/replace/find, strip, decode,
# indexing through the code point index and its cursor, bytes.hex/replace.
samples = ['', 'a', 'é', 'ab', 'hé', 'éa', 'héllo wörld ', 'ΣΑΣ', 'aΣ', 'Σa', 'aΣ b', "a'Σ'", 'ßtraße',
           'İstanbul', 'ǅungla', 'ΐ', 'ŉ', 'ſ', 'x\u20acy', 'A\U0001F600B', 'ﬁﬂ', 'Ǆǅǆ',
           'ABCDEFGHIJKLMNOPQRSTUVWXYZ' * 3 + 'é', 'é' + 'abcdefghijklmnopqrstuvwxyz' * 3,
           'hello WORLD ' * 20 + 'Ω', 'ΌΣΟΣ ΦΑΣ.', 'ὈΔΥΣΣΕΎΣ', 'a\u0345b', '\ud800x', 'x\udcff',
           'ǰ̌', 'ﬀ ŀ ǈ ǋ', 'mIxEd ÇàSe ÅÄÖ ЖжЯя ΑαΩω']
for s in samples:
    print(ascii(s), ascii(s.upper()), ascii(s.lower()), ascii(s.casefold()), ascii(s.swapcase()),
          ascii(s.title()), ascii(s.capitalize()), len(s.upper()), len(s.lower()), s.upper().isascii())

big = 'héllo wörld ' * 1000
print(big.upper() == 'HÉLLO WÖRLD ' * 1000, big.lower() == big, len(big.casefold()))
print(('Ab' * 50 + 'ΣΣ' + 'cD' * 50).lower()[-110:])

# count / find / replace on UTF-8 bytes
hs = ['', 'ö', 'aaaa', 'aéaéaé', 'ééé', 'héllo wörld ' * 30, 'ab' * 40 + 'é', 'x\U0001F600y\U0001F600',
      'abcabcabc', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab', '\u20ac\u20ac\u20ac']
ns = ['', 'a', 'aa', 'é', 'ö', 'éa', 'ab', 'abc', 'aab', 'xyz', '\U0001F600', 'aaaaaaaaab',
      'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab', '\u20ac\u20ac', 'wörld ']
for h in hs:
    for n in ns:
        print(ascii(h[:12]), ascii(n), h.count(n), h.find(n), h.rfind(n), h.count(n, 1), h.count(n, 2, -1),
              h.find(n, 3), ascii(h.replace(n, '-')[:40]), ascii(h.replace(n, 'é', 2)[:40]),
              ascii(h.replace(n, '')[:40]), ascii(h.replace(n, 'XYZ', 1)[:40]), len(h.replace(n, 'Ω')),
              h.replace(n, 'Ω').isascii(), len(h.split(n)) if n else -1)
long_hay = ('a' * 100 + 'b') * 30
print(long_hay.count('a' * 50 + 'b'), long_hay.find('a' * 99 + 'b'), long_hay.count('aaaaaaaaaaab'))
print(('é' * 200).count('éé'), ('é' * 201).replace('éé', 'x')[-3:], ('aé' * 100).replace('é', '').isascii())
print(('x' * 70 + 'é').replace('é', 'e').isascii(), len(('é' * 70).replace('é', 'ab')))

# strip / sub-strings keep length
for s in ['  héllo  ', 'é  ', '  é', ' ' * 100 + 'é' * 100 + ' ' * 3, '\u3000é\u3000', 'ééé', '']:
    for r in (s.strip(), s.lstrip(), s.rstrip(), s.strip('é '), s.partition('l')[0]):
        print(ascii(r), len(r), r.isascii(), r == r[:], r[::-1] == ''.join(reversed(r)))

# decoding
for b in [b'', b'abc', 'héllo'.encode(), 'x\U0001F600'.encode() * 5, b'\xc3', b'a\xc3\xa9\xff',
          b'\xed\xa0\x80', b'\xe0\x80\x80', b'\xf4\x90\x80\x80', b'abcdefgh\xc3\xa9ijklmnop\xe2\x82\xac' * 3,
          bytes(range(256))]:
    for enc in ('utf-8', 'latin-1', 'ascii'):
        for errs in ('strict', 'replace', 'surrogateescape', 'ignore', 'surrogatepass'):
            try:
                r = b.decode(enc, errs)
                print(enc, errs, ascii(r[:60]), len(r), r.isascii())
            except UnicodeDecodeError as e:
                print(enc, errs, type(e).__name__, e.start, e.end)
lat = bytes(range(256)) * 3
print(lat.decode('latin-1') == ''.join(map(chr, lat)), len(lat.decode('latin-1')), lat.decode('latin-1')[-1])
print(ascii(bytes([0x41, 0xe9]).decode('latin-1')), ascii(bytes([0xe9]).decode('latin-1')), ascii(b'\x80'.decode('latin1')))

# indexing/slicing of long non-ASCII strings: forward, backward, random
s = ''.join(chr(c) for c in [0x41, 0xe9, 0x20ac, 0x1F600, 0x3a3] * 300)
print(len(s), ascii(s[0]), ascii(s[-1]), ascii(s[777]), ascii(s[64]), ascii(s[63]), ascii(s[65]), ascii(s[128]))
print(''.join(s[i] for i in range(len(s))) == s, ''.join(s[i] for i in range(len(s) - 1, -1, -1)) == s[::-1])
print(all(s[i] == s[i:i + 1] for i in range(0, len(s), 7)), [ord(s[i]) for i in (1499, 1000, 3, 999, 1001, 62, 66)])
print(ascii(s[100:110]), ascii(s[-70:-60]), ascii(s[60:130:7]), ascii(s[1400:1300:-9]), len(s[5:1490]))
t = 'é' + 'a' * 200
print(ascii(t[150:155]), ascii(t[0:3]), t[1:].isascii(), len(t[1:]))
print(''.join(reversed('héllo wörld ' * 10)) == ('héllo wörld ' * 10)[::-1])

# bytes
b = bytes(range(256)) * 4
print(b.hex()[:40], len(b.hex()), b''.hex(), b'\x00\xff'.hex(), b.hex(':', 4)[:30], b'abc'.hex('-', 5))
print(b.replace(b'a', b'bb').count(b'b'), b.replace(b'ab', b'').count(b'a'), b'aaaa'.replace(b'aa', b'b'),
      b'aaa'.replace(b'a', b''), b'abab'.replace(b'ab', b'xyz', 1), b.count(b'\x00'), b.count(b'ab'),
      b.count(b'a', 10, 300), b'aaaaa'.count(b'aa'), bytearray(b'xaxa').replace(b'a', b'bc'))
print(reversed("abc").__length_hint__(), list(reversed("héllo")), reversed([1,2,3]).__length_hint__())
r=reversed("ab"); next(r); next(r); print(r.__length_hint__()); print(list(r), r.__length_hint__())
