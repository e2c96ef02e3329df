# Float arithmetic rounding behaviour.
print(0.1 + 0.2, 0.1 * 3, 0.3 - 0.1, 1.1 * 1.1, 1 / 3 * 3, 2 / 3)
print(1e16 + 1, 1e16 + 2, 1e16 - 1, 2 ** 53 + 1.0)
print(1.5 * 2, 3.0 / 2, 7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2)
print(0.1 ** 2, 2.0 ** 0.5, 10.0 ** -2, (-8.0) ** 3, 2.0 ** -1)
print(1e308 + 1e308, -1e308 - 1e308, 1e-308 / 1e10, 5e-324 / 2)
print(3.0 * 1.1, 100 * 1.1, 0.7 + 0.1, 0.8 - 0.1)
acc = 0.0
for i in range(1, 101):
    acc += 1.0 / i
print(acc)
prod = 1.0
for i in range(1, 30):
    prod *= i / 7.0
print(prod)
x = 1.0
for i in range(60):
    x /= 2
print(x, x * 2 ** 60)
print(4.0 ** 0.5, 27.0 ** (1 / 3), 1e10 ** 0.1, (-2.5) ** 2)
