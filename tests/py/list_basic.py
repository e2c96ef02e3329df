# List creation, indexing, assignment, len, concatenation, truthiness.
l = [3, 1, 4, 1, 5, 9, 2, 6]
print(l, len(l), l[0], l[-1], l[2:5])
l[0] = "three"
print(l)
l[1] = [1, 1]
print(l, len(l))
e = []
print(e, len(e), bool(e), bool([0]), [] == [], [] is [])
print([1, 2] + [3], [1] * 3, [1, 2] * 2, [] + [], [[]] + [[]])
print(list(), list((1, 2)), list("hi"), list(range(4)), list({"a": 1, "b": 2}), list([1, 2]))
m = list(l)
print(m == l, m is l)
print([1, "a", 2.5, None, True, (1,), [2], {"k": 3}])
a = [0] * 5
for i in range(5):
    a[i] = i * i
print(a)
