# Slicing a range gives a range.
r = range(0, 20, 2)
print(r[2:5], r[::-1], r[::2], r[1::3], r[-3:], r[:100], r[5:2], r[::-3])
print(list(r[2:5]), list(r[::-1]), list(r[-3:]))
q = range(10, 0, -1)
print(q[1:4], q[::-2], list(q[::-2]), q[::1], q[3:3])
print(range(5)[:], range(5)[10:], range(5)[-100:100], range(3)[::-1] == range(2, -1, -1))
print(range(10)[slice(2, 8, 3)], list(range(10)[slice(None, None, -4)]))
