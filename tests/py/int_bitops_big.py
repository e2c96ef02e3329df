# Bitwise ops on big positive and negative ints.
a = 2 ** 100 + 2 ** 70 + 2 ** 3 + 1
b = 2 ** 90 + 2 ** 70 + 2 ** 1
print(a & b, a | b, a ^ b)
print(a & -b, a | -b, a ^ -b)
print(-a & b, -a | b, -a ^ b)
print(-a & -b, -a | -b, -a ^ -b)
print(~a, ~-a, a & 0, a | 0, a ^ a, a & a == a)
mask = (1 << 64) - 1
print((a * 12345) & mask, (a * 12345) >> 64)
print(hex(a), hex(-a), bin(b), oct(a ^ b))
x = 0
for i in range(0, 200, 7):
    x |= 1 << i
print(x)
count = 0
y = x
while y:
    y &= y - 1
    count += 1
print(count)
print((2 ** 200 - 1) ^ (2 ** 199), (2 ** 64) & (2 ** 64 - 1), (2 ** 64) | (2 ** 64 - 1))
