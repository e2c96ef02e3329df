# bool is a subclass of int: it behaves as 0 and 1 in arithmetic.
print(True + True, True - False, True * 10, True / 2, True // 2, True % 2, True ** 10, -True, ~True, +True)
print(False - True, False * 100, 10 * False, 3 - True, True << 5, True >> 1)
print(True == 1, False == 0, True == 1.0, type(True + 1), type(True + False))
print(sum([True, True, False, True]), max(True, 0), min(False, -1), abs(True))
print(True & False, True | False, True ^ True, type(True | False), type(True ^ 1))
print(str(True), repr(False), int(True), float(False), True + 0.5)
print([1, 2, 3][True], "abc"[False], (10, 20)[True])
count = 0
for v in [3, 0, 7, 0, 1]:
    count += v > 0
print(count)
