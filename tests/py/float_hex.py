# float.hex and float.fromhex round trips and edge values.
for x in [0.0, -0.0, 1.0, 0.1, -2.5, 1e300, 5e-324, 2.2250738585072014e-308, float('inf'), float('-inf'), float('nan'), 3.0, 1 / 3, 123456.789]:
    h = x.hex()
    back = float.fromhex(h)
    print(repr(x), h, repr(back), back == x or back != back)
print(float.fromhex('0x1.8p1'), float.fromhex('-0x1p-1074'), float.fromhex(' 0X1.FFFFFFFFFFFFFP+1023 '))
print(float.fromhex('inf'), float.fromhex('-Infinity'), float.fromhex('1.8'), float.fromhex('0x.8'), float.fromhex('ff'))
print(float.fromhex('0x1p-1080'), float.fromhex('0x1.00000000000008p0'))
float.fromhex('0x1p2000')
