# del on list slices, including extended slices.
l = list(range(10))
del l[2:4]
print(l)
del l[-2:]
print(l)
del l[::2]
print(l)
del l[5:1]
print(l)
del l[:]
print(l)
l = list(range(20))
del l[::-3]
print(l)
del l[100:]
print(l)
del l[1::4]
print(l)
l = [1, 2, 3]
del l[0]
del l[-1]
print(l)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
