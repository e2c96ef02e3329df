# Dicts preserve insertion order; updating a key keeps its position.
d = {}
for k in ["zeta", "alpha", "mu", "beta", "omega"]:
    d[k] = len(k)
print(d)
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
d["alpha"] = 100
print(d)
del d["mu"]
d["mu"] = "back"
print(d)
n = {}
for i in range(20, 0, -3):
    n[i] = i * i
print(n)
for k in n:
    print(k, end=" ")
print()
e = {3: "c", 1: "a", 2: "b"}
print(e, list(e.items()))
