# Arithmetic that crosses from small ints to big ints and back.
x = 1
for i in range(70):
    x = x * 2
    if i % 10 == 9:
        print(i, x)
while x > 1:
    x = x // 3
print(x)
y = 2 ** 40
z = y * y * y
print(z, z // y // y)
m = -(2 ** 46)
for i in range(5):
    m = m * 2 - 1
    print(m)
n = 2 ** 46
for i in range(5):
    n = n + n
    print(n)
print((2 ** 47) - (2 ** 47), (2 ** 100) - (2 ** 100) + 1)
p = 3037000500
print(p * p, p * -p, (p * p) // p)
