import struct
print(struct.pack('i', 1), struct.pack('<i', -2), struct.pack('>I', 258), struct.pack('!h', -1))
print(struct.calcsize('ci'), struct.calcsize('ic'), struct.calcsize('<ci'), struct.calcsize('@qbd'), struct.calcsize('3s2xh'))
print(struct.pack('ci', b'a', 7))
print(struct.unpack('<hHiIqQ', struct.pack('<hHiIqQ', -3, 65535, -5, 2**32-1, -2**63, 2**64-1)))
print(struct.pack('>d', 1.5), struct.unpack('>d', struct.pack('>d', 1.5)))
print(struct.unpack('<f', struct.pack('<f', 0.1)))
print(struct.pack('<e', 1.5), struct.unpack('<e', struct.pack('<e', 65504.0)), struct.unpack('<e', struct.pack('<e', 0.1)))
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcd'), struct.pack('5p', b'ab'), struct.unpack('5p', struct.pack('5p', b'abc')))
print(struct.pack('??', 0, 'x'), struct.unpack('??', b'\x00\x05'))
print(struct.pack('3b', 1, 2, 3), struct.unpack('3B', b'\x01\xff\x80'))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\xff\xff')))
print(struct.unpack_from('<h', b'xx\x05\x00', 2), struct.unpack_from('<h', b'\x05\x00zz'))
s = struct.Struct('<ih')
print(s.size, s.format, s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00'))
print(struct.pack('<q', 2**62), struct.pack('<Q', 2**63), struct.pack('nN', -1, 5))
for f, v in [('b', 200), ('B', -1), ('h', 40000), ('H', -1), ('i', 2**31), ('I', -1), ('q', 2**63), ('Q', -1), ('<l', 2**31), ('<I', 2**32), ('i', 'x'), ('c', b'ab'), ('s', 1), ('f', 'x')]:
    try:
        print(f, struct.pack(f, v))
    except struct.error as e:
        print(f, 'error', e)
for f, a in [('ii', (1,)), ('i', (1, 2)), ('<n', (1,)), ('3', ()), ('z', ())]:
    try:
        print(f, struct.pack(f, *a))
    except struct.error as e:
        print(f, 'error', e)
try:
    struct.unpack('i', b'abc')
except struct.error as e:
    print(e)
try:
    struct.pack('<e', 1e10)
except OverflowError as e:
    print('OverflowError', e)
print(struct.error.__name__, struct.error.__module__, issubclass(struct.error, Exception))
