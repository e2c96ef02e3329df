# hex(), oct(), bin() of small, negative and big ints.
for v in [0, 1, -1, 7, 8, 15, 16, 255, -255, 256, 2 ** 47, -(2 ** 47), 2 ** 64, -(2 ** 64) + 1, 10 ** 30]:
    print(v, hex(v), oct(v), bin(v))
print(hex(True), bin(False), oct(True))
print(hex(2 ** 200 - 1))
print(bin(3 ** 50))
print(int(hex(12345678901234567890), 16), int(oct(-999), 8), int(bin(-(2 ** 70)), 2))
print(int(hex(-(10 ** 25)), 0), int(bin(2 ** 70 + 1), 0))
