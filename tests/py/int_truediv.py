# int / int always gives a float, correctly rounded.
pairs = [(1, 2), (1, 3), (2, 3), (10, 5), (-7, 2), (7, -2), (-7, -2), (0, 5), (0, -5), (1, 7), (22, 7), (355, 113)]
for a, b in pairs:
    print(a, b, a / b)
print(10 ** 20 / 10 ** 10)
print(2 ** 53 + 1, (2 ** 53 + 1) / 1)
print(10 ** 400 // 3 / 10 ** 399)
print(1 / 10 ** 300)
print(10 ** 300 / 10 ** 301)
print((10 ** 30 + 1) / 10 ** 30)
print(type(4 / 2), 4 / 2)
print(2 ** 1000 / 2 ** 999)
print(-(2 ** 64) / 3)
