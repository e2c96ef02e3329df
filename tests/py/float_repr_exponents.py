# Float repr across the whole exponent range.
x = 1.0
for i in range(0, 320, 17):
    print(i, 10.0 ** i, 10.0 ** -i, 2.0 ** i, 2.0 ** -i)
v = 1.0
for i in range(25):
    print(v, -v)
    v *= 7.3
w = 1.0
for i in range(25):
    print(w)
    w /= 9.1
print(1e308 * 1.7, 2.0 ** 1023, 2.0 ** -1074, 2.0 ** -1075, 2.0 ** -1022)
