# Identity: is / is not.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c)
print(None is None, None is not None, True is True, False is False)
x = None
print(x is None, x is not None)
print((1 == 1) is True, (1 == 2) is False, bool(5) is True)
t = (1, 2)
u = t
print(t is u)
d = {}
e = d
e["k"] = 1
print(d is e, d)
def f():
    return a
print(f() is a)
s = "abc"
s2 = s
print(s is s2)
print(len is len, print is not len)
print(a[0] is a[0])
