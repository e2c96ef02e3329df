# Repetition copies references: [[0]*3]*3 shares rows.
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
fresh = []
for i in range(3):
    fresh.append([0] * 3)
fresh[0][0] = 1
print(fresh)
a = [1, 2]
b = [a, a]
a.append(3)
print(b, b[0] is b[1])
c = b[:]
c[0] = "replaced"
print(b, c)
c[1].append(4)
print(a)
