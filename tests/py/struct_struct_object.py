import struct
s = struct.Struct('<3sHd')
print(s.size, s.format)
b = s.pack(b'abc', 513, -0.5)
print(b, s.unpack(b))
print(list(s.iter_unpack(b * 3)))
print(s.unpack_from(b'\x00' + b, 1))
for fmt in ['@bhiq', '=bhiq', '<bhiq', '>bhiq', '!bhiq', 'bxxh', '0i', '2?', 'P', 'nN', '10s', '10p', 'e']:
    print(fmt, struct.calcsize(fmt))
print(struct.pack('>bhiq', -1, -2, -3, -4))
print(struct.pack('@bhiq', 1, 2, 3, 4))
print(struct.unpack('>HHL', b'\x00\x01\x00\x02\x00\x00\x00\x03'))
print(struct.pack('<d', float('inf')), struct.unpack('<d', struct.pack('<d', float('-inf'))), struct.unpack('>f', struct.pack('>f', float('nan')))[0] != 0)
print(struct.unpack('<e', b'\x00\x3c'), struct.pack('>e', -2.0), struct.pack('<e', 6.1e-05), struct.unpack('<e', b'\x01\x00'))
total = 0
for v in struct.iter_unpack('<I', bytes(range(16))):
    total += v[0]
print(total)
try:
    s.unpack(b'short')
except struct.error as e:
    print(e)
try:
    struct.unpack_from('<i', b'\x00\x00', 0)
except struct.error as e:
    print(e)
try:
    list(struct.iter_unpack('<i', b'abcde'))
except struct.error as e:
    print(e)
print(struct.pack('<?', 2), struct.pack('<i', True), struct.pack('<q', -2**63), struct.pack('3c', b'a', b'b', b'c'))
