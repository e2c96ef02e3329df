# 2**1000 and friends.
x = 2 ** 1000
print(x)
print(len(str(x)))
total = 0
for ch in str(x):
    total += ord(ch) - ord("0")
print(total)
print(x // 2 ** 999, x >> 999, x % 1000007, len(bin(x)) - 2)
print(2 ** 1000 - 1)
print(-(2 ** 1000))
print(10 ** 309 > 2 ** 1000, 2 ** 1024 - 1)
print(7 ** 300 % 10 ** 10)
