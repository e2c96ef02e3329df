# Tuple indexing and slicing produce tuples.
t = (0, 1, 2, 3, 4, 5, 6)
print(t[1:4], t[::-1], t[::3], t[-2:], t[:0], t[5:1:-2])
print(t[3], t[-1], type(t[1:3]), t[:] == t)
print((1,)[0], (1,)[0:], (1,)[1:], ()[:])
nested = ((1, 2), (3, 4))
print(nested[1][0], nested[::-1], nested[0][::-1])
print((1, 2, 3)[1:][0])
