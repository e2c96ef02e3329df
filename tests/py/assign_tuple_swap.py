# Tuple assignment evaluates the right side fully before binding.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x = [10, 20, 30]
x[0], x[2] = x[2], x[0]
print(x)
i = 0
i, x[i] = 2, 99
print(i, x)
p, q = "hi"
print(p, q)
m, n = [5, 6]
print(m, n)
r, s, t = range(3)
print(r, s, t)
(u, v) = (7, 8)
print(u, v)
[k, l] = (9, 10)
print(k, l)
u, = [42]
print(u)
a = b = 0
a, b = b + 1, a + 2
print(a, b)
fa, fb = 0, 1
count = 0
while count < 20:
    fa, fb = fb, fa + fb
    count += 1
print(fa, fb)
d = {}
d["x"], d["y"] = 1, 2
print(d)
k1, v1 = ("key", [1, 2])
print(k1, v1)
