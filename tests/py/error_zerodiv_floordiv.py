n = 10 ** 30
print(n // 7)
print(n // 0)
