# Nested unpacking targets.
(a, (b, c)) = (1, (2, 3))
print(a, b, c)
a, (b, c) = [4, [5, 6]]
print(a, b, c)
(a, b), (c, d) = (1, 2), (3, 4)
print(a, b, c, d)
((a, b), c), d = ((10, 20), 30), 40
print(a, b, c, d)
x, (y, (z, w)) = 1, "ab" and (2, (3, 4))
print(x, y, z, w)
p, (q, r) = "x", "yz"
print(p, q, r)
pairs = [(1, (2, 3)), (4, (5, 6)), (7, (8, 9))]
for first, (second, third) in pairs:
    print(first + second + third)
m = [0, 0, 0]
(m[0], (m[1], m[2])) = (9, (8, 7))
print(m)
[a, [b, [c, [d]]]] = [1, [2, [3, [4]]]]
print(a, b, c, d)
