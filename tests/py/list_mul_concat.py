# List + and * create new lists; += and *= mutate.
a = [1, 2]
b = a + [3]
c = a * 2
print(a, b, c, b is a, c is a)
a2 = a
a *= 2
print(a, a2, a is a2)
a += [0]
print(a2)
z = [0] * 0
print(z, [1, 2] * -2, len([None] * 1000))
m = [[1]] * 2 + [[2]]
m[0].append(9)
print(m)
