# Assigning to list slices: grow, shrink, insert, replace.
l = [0, 1, 2, 3, 4, 5]
l[1:3] = ["a", "b", "c", "d"]
print(l)
l[1:5] = []
print(l)
l[2:2] = [100, 200]
print(l)
l[:0] = [-1]
print(l)
l[len(l):] = [7, 8]
print(l)
l[:] = "xyz"
print(l)
l[1:2] = range(3)
print(l)
l[-1:] = (9,)
print(l)
l[10:20] = [55]
print(l)
l[-100:1] = ["front"]
print(l)
l[3:1] = ["between"]
print(l)
m = [1, 2, 3]
m[0:3] = m
print(m)
n = [1, 2, 3]
alias = n
n[:] = [4, 5]
print(n, alias, n is alias)
e = []
e[:] = [1]
print(e)
