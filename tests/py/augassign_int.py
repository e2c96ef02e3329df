# Augmented assignment for every arithmetic and bitwise operator on ints.
x = 10
x += 5
print(x)
x -= 20
print(x)
x *= -3
print(x)
x //= 4
print(x)
x %= 7
print(x)
x **= 3
print(x)
x <<= 70
print(x)
x >>= 65
print(x)
x |= 0x100
print(x)
x &= 0xff0
print(x)
x ^= 0b1111
print(x)
y = 7
y /= 2
print(y)
z = 2
for i in range(10):
    z *= z
print(z)
n = 10 ** 20
n -= 10 ** 20 - 1
print(n)
f = 1.5
f += 1
print(f)
f **= 2
print(f)
f //= 2
print(f)
f %= 2.5
print(f)
