# Any hashable key: tuples, strings, None, bools, ints, floats.
grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * 3 + y
print(grid[(1, 2)], grid[2, 0], len(grid))
grid[(1, 1)] = "center"
print(grid)
d = {None: "none", "": "empty", (): "unit", ("a", ("b",)): "nested", 0.5: "half", -7: "neg"}
print(d[None], d[""], d[()], d["a", ("b",)], d[0.5], d[-7])
print((1, 2) in grid, (5, 5) in grid, ("a", ("b",)) in d)
k = (1, 2)
grid[k] = "replaced"
print(grid[(1, 2)], grid[(1.0, 2.0)])
