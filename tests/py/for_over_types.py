# Iterating every foundation iterable.
for x in [1, "two", 3.0, None]:
    print(repr(x))
for x in (True, False):
    print(x)
for ch in "héllo→":
    print(ch, ord(ch))
d = {"z": 1, "a": 2, 3: "three"}
for k in d:
    print(k, d[k])
for k in d.keys():
    print("key", k)
for v in d.values():
    print("value", v)
for k, v in d.items():
    print("item", k, v)
for i in range(3, -4, -2):
    print(i)
for i in range(0):
    print("never")
nested = [[1, 2], [3], []]
for inner in nested:
    for v in inner:
        print("v", v)
lst = [1, 2, 3]
for v in lst:
    if v == 1:
        lst.append(4)
    print("growing", v)
