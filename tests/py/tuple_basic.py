# Tuples: indexing, slicing, concatenation, containment, count-free iteration.
t = (1, "two", 3.0, None, (5, 6))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1])
print(t + (7,), (0,) + t, t * 2)
print(1 in t, "two" in t, (5, 6) in t, 5 in t)
s = 0
for v in (1, 2, 3):
    s += v
print(s)
a, b, c = (1, 2, 3)
print(a, b, c)
print(tuple([1, [2]]), tuple("abc"), tuple(range(3)), tuple({"x": 1}))
m = ([1], [2])
m[0].append(10)
print(m)
print(() == (), (1,) == (1,), (1, 2) == (1, 2.0), (1, 2) != (2, 1))
print(max((3, 1, 2)), min((3, 1, 2)), sum((1, 2, 3)), len(()))
