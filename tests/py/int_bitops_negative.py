# Bitwise ops on negative ints follow infinite two's complement.
vals = [-1, -2, -3, -128, -129, -(2 ** 40), -(2 ** 47), -(2 ** 47) - 1, -(2 ** 64), -(2 ** 64) - 1]
for a in vals:
    print(a, a & 0xff, a | 0xff, a ^ 0xff, a & -256, a | -256, a ^ -256, ~a)
for a in vals:
    for b in vals:
        print(a & b, a | b, a ^ b)
print(-1 & (2 ** 100 - 1) == 2 ** 100 - 1, -(2 ** 100) & (2 ** 101 - 1))
print(-5 >> 1, -5 >> 100, -(2 ** 100) >> 99, -(2 ** 100 + 1) >> 99)
