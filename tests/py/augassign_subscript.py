# Augmented assignment on subscripts evaluates the container and key once.
l = [1, 2, 3]
l[0] += 10
l[-1] *= 5
print(l)
d = {"a": 1}
d["a"] += 1
d["b"] = 0
d["b"] -= 3
print(d)
calls = [0]
def idx():
    calls[0] += 1
    return 1
m = [10, 20, 30]
m[idx()] += 7
print(m, calls)
grid = [[0, 0], [0, 0]]
grid[1][0] += 4
grid[0][1] -= 2
print(grid)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0)
    counts[ch] += 1
print(counts)
t = {(1, 2): [5]}
t[(1, 2)] += [6]
print(t)
