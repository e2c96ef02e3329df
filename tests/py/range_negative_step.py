# Ranges counting down.
for r in [range(10, 0, -1), range(10, 0, -3), range(0, 10, -1), range(-1, -10, -2), range(5, -6, -5), range(3, 2, -1)]:
    print(r, len(r), list(r))
r = range(100, -100, -7)
print(len(r), r[0], r[-1], r[10], 2 in r, 100 in r, -96 in r, -97 in r)
s = 0
for i in range(1000, 0, -1):
    s += i
print(s)
