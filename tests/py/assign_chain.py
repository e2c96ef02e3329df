# Chained assignment binds every target to the same object, left to right.
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
l = [0, 0, 0]
i = l[i] = 1 if False else 2
print(i, l)
d = {}
d["a"] = d["b"] = (1, 2)
print(d)
p, q = r = (3, 4)
print(p, q, r)
s = t = "same"
print(s is t)
m = n = 10 ** 30
print(m == n, m is n)
