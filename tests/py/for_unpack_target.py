# for loop targets that unpack.
for a, b in [(1, 2), (3, 4), [5, 6], "xy"]:
    print(a, b)
for k, v in {"one": 1, "two": 2}.items():
    print(k, v)
for i, (x, y) in [(0, (1, 2)), (1, (3, 4))]:
    print(i, x, y)
l = [0, 0, 0]
for l[0] in range(3):
    print(l)
d = {}
for d["k"] in "ab":
    print(d)
total = 0
for a, b, c in [(1, 2, 3), (4, 5, 6)]:
    total += a * b * c
print(total)
