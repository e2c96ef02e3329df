# Shifts: left shifts grow without bound; right shifts of negatives floor.
for n in [0, 1, 2, 63, 64, 100, 200]:
    print(n, 1 << n, -1 << n, 3 << n)
for n in [0, 1, 2, 3, 10, 63, 64, 65, 1000]:
    print(n, 1000 >> n, -1000 >> n, -1 >> n, (2 ** 100) >> n, -(2 ** 100) >> n)
print(0 << 1000, 0 >> 1000)
print((1 << 47) - 1, 1 << 47, -(1 << 47), (1 << 47) >> 46)
print(5 << 0, -5 >> 0, -5 >> 1, -5 >> 2, -5 >> 3)
print(True << 3, 1 << True)
x = 1
for i in range(20):
    x = (x << 7) | i
print(x, x >> 100, x >> 70)
