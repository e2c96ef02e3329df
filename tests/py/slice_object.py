# slice objects: creation, repr, attributes, use as subscripts.
s = slice(1, 5)
print(s, repr(s), s.start, s.stop, s.step)
s2 = slice(None, None, -1)
print(s2, s2.start, s2.stop, s2.step)
s3 = slice(7)
print(s3, s3.start, s3.stop)
s4 = slice(0, 10, 3)
l = list(range(12))
print(l[s], l[s2], l[s3], l[s4])
print("abcdefghijkl"[s4], (1, 2, 3, 4, 5, 6)[s], range(20)[s4])
l[s] = ["x"]
print(l)
del l[s4]
print(l)
print(slice(1, 2, 3) == slice(1, 2, 3), slice(1, 2) == slice(1, 3))
print(type(s))
print(slice("a", [1], 2.5))
