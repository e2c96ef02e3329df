# Extended-slice assignment replaces exactly the selected positions.
l = list(range(10))
l[::2] = ["a", "b", "c", "d", "e"]
print(l)
l[1::2] = [10, 30, 50, 70, 90]
print(l)
l[::-1] = range(10)
print(l)
l[8:2:-3] = ["x", "y"]
print(l)
l[::3] = "PQRS"
print(l)
m = [1, 2, 3, 4]
m[::1] = [9]
print(m)
m[0:0:-1] = []
print(m)
