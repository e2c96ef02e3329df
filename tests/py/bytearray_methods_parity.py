# bytearray shares bytes' methods; results are bytearrays where bytes give bytes.
b = bytearray(b'hello world')
print(b.partition(b' '), b.rpartition(bytearray(b'o')), b.partition(b'x'))
print(b.center(15, b'*'), b.ljust(13), b.rjust(13, bytearray(b'.')), bytearray(b'-5').zfill(4))
print(bytearray(b'a\tb').expandtabs(), bytearray(b'x\ny\r\nz').splitlines(), bytearray(b'x\ny\r\n').splitlines(True))
print(b.title(), b.capitalize(), bytearray(b'AbC').swapcase())
for x in (bytearray(), bytearray(b'abc'), bytearray(b'A1'), bytearray(b' '), bytearray(b'Ab Cd'), bytearray(b'\xff')):
    print(x, x.isalpha(), x.isdigit(), x.isalnum(), x.isspace(), x.isupper(), x.islower(), x.istitle(), x.isascii())
t = bytearray.maketrans(b'lo', b'01')
print(type(t).__name__, b.translate(t), b.translate(None, b'l'), b.translate(t, delete=b'h'))
print(b.removeprefix(b'hello '), b.removesuffix(bytearray(b'world')), b.removeprefix(b'x'))
print(b.count(108), b.find(bytearray(b'o')), b.index(b'w'), b.rindex(111), b.count(memoryview(b'l')))
print(b.split(b' ', 1), b.rsplit(maxsplit=0), bytearray(b'a,b,c').rsplit(bytearray(b','), 1), bytearray(b'a b').split(bytearray(b' ')))
print(b.hex(), b.hex(':', 3), bytearray(b'\x00\xff').hex('|'))
c = b.removeprefix(b'')
c.append(33)
print(b, c, c is b)
for f in (lambda: b.partition(b''), lambda: b.center(20, b'ab'), lambda: b.translate(b'ab')):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
