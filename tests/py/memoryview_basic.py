# memoryview over bytes and bytearray: format 'B', one dimension.
m = memoryview(b'hello')
print(len(m), m[0], m[-1], m[1:3].tobytes(), m.tobytes(), m.tolist(), m.hex(), m.hex(':'))
print(m.readonly, m.nbytes, m.itemsize, m.format, m.ndim, m.obj, m == b'hello', m == b'hellx', m != b'x')
print(m[::2].tobytes(), m[::-1].tolist(), m[1:4][1], len(m[10:]), m[1:3] == b'el', bytes(m), bytes(m[1:]))
print(m == memoryview(b'hello'), m == bytearray(b'hello'), m == 5)
ba = bytearray(b'abcdef')
v = memoryview(ba)
print(v.readonly, v.tobytes())
v[0] = 65
v[1:3] = b'XY'
v[-1] = ord('z')
print(ba, v.tolist())
s = v[2:5]
s[0] = 48
print(ba, s.tobytes(), s.obj is ba)
print(b'xyz' + memoryview(b'!').tobytes(), b'a-b'.split(memoryview(b'-')), bytearray(memoryview(b'hi')), bytes(memoryview(ba)[3:]))
with memoryview(b'ctx') as cm:
    print(cm.tobytes(), cm.readonly)
for f in (lambda: cm.tobytes(), lambda: len(cm), lambda: cm[0], lambda: m[10], lambda: m.__setitem__(0, 1),
          lambda: v.__setitem__(0, 256), lambda: v.__setitem__(slice(0, 2), b'x'), lambda: memoryview('s'),
          lambda: v.__setitem__(0, b'a'), lambda: m['a']):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
r = memoryview(ba)
r.release()
r.release()
print(repr(r).startswith('<released memory at 0x'), repr(m).startswith('<memory at 0x'))
print(list(memoryview(b'abc')), [x for x in memoryview(bytearray(b'\x01\x02'))], bytes(memoryview(b'xy')), 98 in memoryview(b'abc'))
