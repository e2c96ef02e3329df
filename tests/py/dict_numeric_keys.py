# Numerically equal keys are the same key: 1, 1.0 and True.
d = {}
d[1] = "int"
print(d)
d[1.0] = "float"
print(d)
d[True] = "bool"
print(d, len(d))
print(d[1], d[1.0], d[True])
d[0] = "zero"
print(d[False], d[0.0], d[-0.0])
e = {1.5: "x", 2 ** 64: "big", float(2 ** 64): "bigf"}
print(e, e[18446744073709551616])
f = {}
f[2 ** 47] = "a"
f[float(2 ** 47)] = "b"
f[-1] = "m1"
f[-1.0] = "m1f"
print(f)
print(1 in d, 1.0 in d, True in d, 2 in d, 0.5 in d)
g = {10 ** 30: "huge"}
print(g.get(10 ** 30), g.get(1e30), g.get(float(10 ** 30)))
h = {float("inf"): "inf", -0.0: "negzero"}
print(h[float("inf")], h[0], h)
