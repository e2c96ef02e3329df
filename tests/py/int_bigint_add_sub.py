# Big-int addition and subtraction, including carries across limbs and sign changes.
a = 2 ** 64 - 1
print(a + 1, a + a, a - a, -a - 1, a - 2 ** 64)
b = 10 ** 50
print(b + 1, b - 1, 1 - b, -b + b, -b - b)
print(2 ** 47 - 1 + 1, -(2 ** 47) - 1, 2 ** 47 + -(2 ** 47), 2 ** 63 - 1 + 1, -(2 ** 63) - 1)
c = 0
for i in range(100):
    c += 2 ** i
print(c, c == 2 ** 100 - 1)
d = 10 ** 30
for i in range(30):
    d -= 10 ** i
print(d)
print(99999999999999999999999999999999 + 1)
print(-100000000000000000000000000000000 + 1)
print(10 ** 20 - 10 ** 20 + 5, type(10 ** 20 - 10 ** 20))
x = 140737488355327
print(x + 1, x + x, -x - 2, x - -x)
