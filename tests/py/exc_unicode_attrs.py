# Structured codec errors: attributes, str() and repr().
def show(e):
    print(type(e).__name__, repr(e.encoding), repr(e.object), e.start, e.end, repr(e.reason))
    print(str(e))
    print(repr(e))

for data, enc in [(b'\xff', 'utf-8'), (b'ab\xc3', 'utf-8'), (b'a\xe9\x80b', 'utf-8'),
                  (b'\xed\xa0\x80', 'utf-8'), (b'x\x80y', 'ascii')]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        show(e)
        print(isinstance(e, UnicodeError), isinstance(e, ValueError))

for s, enc in [('h\xe9llo', 'ascii'), ('ab\u20ac\u20acc', 'latin-1'), ('\U0001f600', 'ascii'),
               ('x' + chr(0xd800) + 'y', 'utf-8')]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        show(e)

try:
    ('a' + chr(0xdc80)).encode('utf-8', 'surrogateescape')
except UnicodeEncodeError as e:
    print(e.start, e.end, e.reason)

# Constructed directly.
e = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'invalid start byte')
show(e)
e = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'boom')
print(e)
e = UnicodeDecodeError('x', bytearray(b'ab'), 1, 2, 'r')
print(repr(e.object), e)
e = UnicodeEncodeError('ascii', 'caf\xe9', 3, 4, 'ordinal not in range(128)')
show(e)
print(UnicodeEncodeError('ascii', '\u1234', 0, 1, 'r'))
print(UnicodeEncodeError('ascii', '\U00012345', 0, 1, 'r'))
print(UnicodeEncodeError('ascii', 'abc', 0, 3, 'r'))
t = UnicodeTranslateError('\xe9x', 0, 1, 'nope')
print(repr(t.encoding), repr(t.object), t.start, t.end, t.reason)
print(t)
print(UnicodeTranslateError('abc', 1, 3, 'nope'))
print(repr(t), t.args)
print(issubclass(UnicodeTranslateError, UnicodeError))
e.start = 1
e.reason = 'changed'
print(e.start, e.reason, e)

for args in [('a',), (1, b'', 0, 0, ''), ('a', '', 0, 0, ''), ('a', b'', '0', 0, '')]:
    try:
        UnicodeDecodeError(*args)
    except TypeError as err:
        print('TypeError:', err)
try:
    UnicodeEncodeError('a', b'x', 0, 1, 'r')
except TypeError as err:
    print('TypeError:', err)

class MyErr(UnicodeDecodeError):
    pass
m = MyErr('enc', b'\x00\x01', 0, 1, 'why')
print(m, m.encoding, m.end)
try:
    raise m
except UnicodeError as e:
    print('caught', type(e).__name__, e.reason)

b'\xc3\x28'.decode()
