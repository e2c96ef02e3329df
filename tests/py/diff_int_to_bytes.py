# int.to_bytes / int.from_bytes, as used by binary-format and puzzle code.
print((255).to_bytes(2, 'big'), (255).to_bytes(2, 'little'), (1024).to_bytes(4, byteorder='little'))
print((-1).to_bytes(2, 'little', signed=True), (127).to_bytes(1, 'big', signed=True), (-128).to_bytes(1, 'big', signed=True))
print((0).to_bytes(0, 'big'), (0).to_bytes(3, 'big'), (2**70).to_bytes(10, 'big'), (5).to_bytes())
print(int.from_bytes(b'\xff\xfe', 'little', signed=True), int.from_bytes(b'\xff\xfe', 'big'), int.from_bytes([1, 0], 'big'))
print(int.from_bytes(b'', 'big'), int.from_bytes(b'\x80', 'big', signed=True), int.from_bytes(b'\x01\x02\x03', byteorder='little'))
for n in [0, 1, 255, 256, 2**63, -2**63, 12345678901234567890]:
    k = (n.bit_length() + 8) // 8
    b = n.to_bytes(k, 'big', signed=True)
    print(n, b.hex() if hasattr(b, 'hex') else b, int.from_bytes(b, 'big', signed=True) == n)
for args in [(256, 1, 'big', False), (-1, 1, 'big', False), (128, 1, 'big', True), (-129, 1, 'big', True)]:
    try:
        args[0].to_bytes(args[1], args[2], signed=args[3])
    except OverflowError as e:
        print('OverflowError', e)
try:
    (1).to_bytes(1, 'middle')
except ValueError as e:
    print('ValueError', e)
try:
    (1).to_bytes(-1, 'big')
except ValueError as e:
    print('ValueError', e)
