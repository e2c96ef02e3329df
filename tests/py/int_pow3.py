# Three-argument pow: modular exponentiation, negative bases, negative exponents.
print(pow(2, 10, 1000), pow(3, 200, 1000000007), pow(2, 10 ** 18, 10 ** 9 + 7))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5), pow(0, 0, 7), pow(5, 0, 1), pow(5, 1, 1))
print(pow(3, -1, 7), pow(10, -1, 17), pow(2, -3, 11))
print(pow(7 ** 50, 7 ** 50, 10 ** 30 + 57))
m = 2 ** 127 - 1
print(pow(3, m - 1, m))
print(pow(123456789, 987654321, 2 ** 64))
print(pow(10, 100, 10 ** 101), pow(-1, 10 ** 20 + 1, 10 ** 10))
for b in [-3, -1, 0, 1, 2, 9]:
    print(b, pow(b, 5, 7), pow(b, 5, -7), b ** 5 % 7)
