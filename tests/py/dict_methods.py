# keys/values/items, get, setdefault, update, pop, copy, clear.
d = {"a": 1, "b": 2}
print(d.keys(), d.values(), d.items())
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 0))
print(d.setdefault("a", 100), d.setdefault("c", 3), d.setdefault("d"), d)
d.update({"a": 10, "e": 5})
print(d)
d.update([("f", 6), ("a", 11)])
print(d)
d.update(g=7, h=8)
print(d)
print(d.pop("a"), d.pop("zz", "missing"), d)
c = d.copy()
c["new"] = 1
print(len(d), len(c), "new" in d, "new" in c)
d.clear()
print(d, c)
k = c.keys()
c["late"] = 0
print(k, len(k))
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
