# Plain assignment of every foundation type; rebinding; names are references.
a = 1
b = 2.5
c = "text"
d = None
e = True
f = [1, 2, 3]
g = (4, 5)
h = {"k": 1}
print(a, b, c, d, e, f, g, h)
print(repr(a), repr(b), repr(c), repr(d), repr(e))
a = "rebound"
print(a)
x = f
x[0] = 100
print(f)
print(x is f)
y = a
a = 5
print(y, a)
big = 123456789012345678901234567890
small = big
big = big + 1
print(small, big)
z = -0
print(z)
w = 0x10
print(w, 0o17, 0b1011, 1_000_000)
print(1e3, 1.5E-2, .5, 5., 1_0.0_1)
