# Negative indices on every sequence type.
l = [10, 20, 30, 40]
t = (1, 2, 3)
s = "héllo"
r = range(5, 50, 5)
for i in [-1, -2, -3]:
    print(i, l[i], t[i], s[i], r[i])
print(l[-4], s[-5], r[-9], t[-3])
l[-1] = 99
print(l)
l[-4] = 0
print(l)
del l[-2]
print(l)
nested = [[1, 2], [3, 4]]
print(nested[-1][-1], nested[-2][0])
nested[-1][-2] = 33
print(nested)
print(l[len(l) - 1], l[-len(l)])
print(range(10)[-1], range(10, 0, -1)[-1], range(0, 100, 7)[-2])
