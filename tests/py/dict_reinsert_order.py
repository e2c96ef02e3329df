# Deleting and reinserting a key moves it to the end.
d = {"a": 1, "b": 2, "c": 3}
del d["a"]
d["a"] = 1
print(d)
d["b"] = 20
print(d)
d.pop("c")
d["c"] = 30
print(d)
order = {}
for k in "hello world":
    if k in order:
        del order[k]
    order[k] = True
print(list(order))
