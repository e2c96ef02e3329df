# struct unpacks from any bytes-like object (bytes, bytearray, memoryview).
import struct, array
print(struct.unpack_from('<I', bytearray(b'\x01\x00\x00\x00xx'), 0), struct.unpack_from('<H', memoryview(b'abcd'), 2))
print(struct.unpack('<2H', bytearray(b'\x01\x00\x02\x00')), struct.Struct('>h').unpack(memoryview(b'\xff\xfe')))
print(list(struct.iter_unpack('<B', bytearray(b'abc'))))
print(struct.unpack_from('<H', bytearray(b'\x01\x02\x03'), offset=1), struct.unpack(b'<i', b'\x00\x00\x00\x80'))
for bad in ('abcd', 5, None):
    try: struct.unpack('<I', bad)
    except TypeError as e: print('TypeError', e)
