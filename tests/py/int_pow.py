# Integer powers, including negative exponents (float result) and 0**0.
print(2 ** 10, 2 ** 62, 2 ** 63, 2 ** 64, 2 ** 100)
print(3 ** 40, (-3) ** 41, (-2) ** 63, (-2) ** 64)
print(0 ** 0, 0 ** 5, 1 ** 10 ** 6, (-1) ** 10 ** 6, (-1) ** (10 ** 6 + 1))
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3, 4 ** -0.5)
print(7 ** 77)
print(10 ** 50)
print(pow(2, 10), pow(-5, 3), pow(5, -2))
print(2 ** 3 ** 2)
print(-2 ** -2)
x = 1
for i in range(100):
    x *= 7
print(x == 7 ** 100, x)
