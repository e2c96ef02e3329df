# += on a list mutates it in place (aliases see it); on str and tuple it rebinds.
a = [1, 2]
b = a
a += [3, 4]
print(a, b, a is b)
a = a + [5]
print(a, b, a is b)
c = [0]
c *= 3
print(c)
s = "ab"
t = s
s += "cd"
print(s, t)
s *= 2
print(s)
u = (1,)
v = u
u += (2,)
print(u, v)
u *= 2
print(u)
e = []
e += "xyz"
print(e)
e += range(3)
print(e)
e += (9, 8)
print(e)
