# divmod() for ints and floats.
for a in [7, -7, 0, 13, -13]:
    for b in [3, -3, 1]:
        print(a, b, divmod(a, b))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), divmod(-7.5, -2))
print(divmod(1, 0.3), divmod(-1, 0.3), divmod(0.0, 5), divmod(-0.0, 5))
print(divmod(10 ** 30, 7), divmod(-(10 ** 30), 7))
print(divmod(True, 2), divmod(5, True), type(divmod(5, 2)))
print(divmod(1e300, 1e-300)[1], divmod(6, 2.0))
q, r = divmod(100, 7)
print(q, r)
