# Bitwise ops on small non-negative and negative ints.
vals = [0, 1, 5, 12, 255, -1, -5, -12, -256]
for a in vals:
    for b in [0, 3, -3, 10]:
        print(a, b, a & b, a | b, a ^ b)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
print(~0b1010, -1 & 0xff, -256 | 0xff, -1 ^ -1)
print(True & True, True | False, True ^ True, False ^ 3)
print(type(True & True), type(True & 1))
print(6 & 3 | 8 ^ 1, (6 & 3) | (8 ^ 1), 6 & (3 | 8) ^ 1)
