a = 1
b = 2
del a
print("a" in globals(), b)
l = list(range(10))
del l[0]
print(l)
del l[-1]
print(l)
del l[1:3]
print(l)
del l[::2]
print(l)
del l[:]
print(l)
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(d)
del d["x"], d["z"]
print(d)
def f():
    v = 1
    w = 2
    del v, w
    return locals()
print(f())
def fa():
    pass
fa.q = 1
del fa.q
print(hasattr(fa, "q"))
m = [[1, 2, 3], [4, 5, 6]]
del m[0][1], m[1][::2]
print(m)
x, y = 1, 2
del (x, y)
print("x" in globals())
