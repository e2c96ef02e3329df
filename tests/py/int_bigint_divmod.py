# Big-int division: quotient and remainder for big/small, big/big, and exact cases.
a = 3 ** 300
b = 7 ** 100
print(a // b)
print(a % b)
print(divmod(a, b))
q, r = divmod(a, b)
print(q * b + r == a, 0 <= r < b)
print(10 ** 100 // 3, 10 ** 100 % 3)
print(10 ** 100 // 10 ** 50, 10 ** 100 % 10 ** 50)
print((10 ** 60 + 12345) // 10 ** 30, (10 ** 60 + 12345) % 10 ** 30)
print(2 ** 200 // 2 ** 64, 2 ** 200 % (2 ** 64 + 1))
print(12345 // 10 ** 40, 12345 % 10 ** 40, -12345 // 10 ** 40, -12345 % 10 ** 40)
print(divmod(2 ** 64, 2 ** 32), divmod(2 ** 64 + 5, -(2 ** 32)))
print(2 ** 127 // 3, 2 ** 127 % 3)
n = 2 ** 521 - 1
print(n % 1000000007, n // (2 ** 500))
