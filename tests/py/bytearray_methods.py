# bytearray methods shared with bytes, and bytes accepting bytearray
ba = bytearray(b'The quick brown fox')
print(ba.split(), ba.split(b' ', 1), ba.rsplit(None, 1))
print(ba.find(b'quick'), ba.find(bytearray(b'o')), ba.rfind(b'o'), ba.find(111), ba.index(b'fox'), ba.rindex(b'o'), ba.count(b'o'), ba.count(111), ba.find(b'o', 13), ba.find(b'zzz'))
print(ba.startswith(b'The'), ba.startswith(bytearray(b'The')), ba.startswith((b'x', bytearray(b'T'))), ba.endswith(b'fox'), ba.endswith(b'The', 0, 3))
print(ba.replace(b'o', b'0'), ba.replace(b'o', bytearray(b'00'), 1), ba.upper(), ba.lower(), ba.strip(b'Thx'), bytearray(b'  x  ').strip(), bytearray(b'xxaxx').lstrip(b'x'), bytearray(b'xxaxx').rstrip(bytearray(b'x')))
print(ba.decode(), bytearray(b'\xc3\xa9').decode('utf-8'), bytearray(b'\xff').decode('latin-1'), bytearray(b'\xff').decode('ascii', 'replace'), ba.hex(), bytearray(b'\x01\x02\x03').hex(':'), bytearray(b'\x01\x02\x03').hex('-', 2))
print(bytearray(b', ').join([b'a', bytearray(b'b'), b'c']), b'+'.join([bytearray(b'1'), bytearray(b'2')]), type(bytearray().join([])), type(ba.split()[0]), type(ba.strip()))
print(b'abc'.find(bytearray(b'c')), bytearray(b'b') in b'abc', b'ab' + bytearray(b'c'), type(b'ab' + bytearray(b'c')), type(bytearray(b'ab') + b'c'), bytes(bytearray(b'zz')), bytearray(bytearray(b'copy')))
print(b'abc' == bytearray(b'abc'), bytearray(b'abc') != b'abd', sorted([bytearray(b'b'), bytearray(b'a'), bytearray(b'ab')]), max(bytearray(b'hello')), min(bytearray(b'hello')))
words = bytearray()
for w in [b'spam', b'eggs', b'ham']:
    words += w
    words.append(32)
print(words, len(words), words[-1], words[:4], words[4:8] == b'eggs', list(reversed(bytearray(b'abc'))), sum(bytearray(b'\x01\x02')))
it = iter(bytearray(b'ab'))
print(next(it), next(it), next(it, 'done'), [c for c in bytearray(b'xyz')], bytearray(b'%s') if False else None)
buf = bytearray(10)
for i in range(10):
    buf[i] = i * 25
print(buf, buf[2:8:2], buf[::-3])
buf[2:8:2] = bytearray(b'ABC'); print(buf)
del buf[1:9:3]; print(buf)
buf[:] = range(65, 70); print(buf)
buf[10:] = b'!!'; print(buf)
buf[-100:1] = b'<'; print(buf)
del buf[:]; print(buf, len(buf))
