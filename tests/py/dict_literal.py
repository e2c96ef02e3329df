# Dict literals: duplicate keys keep the first key object and the last value.
d = {"a": 1, "b": 2, "a": 3}
print(d)
e = {1: "int", 1.0: "float", True: "bool"}
print(e)
f = {(1, 2): "tuple", None: "none", 2.5: "float", -7: "neg", "": "empty"}
print(f, len(f))
print({}, {1: 1}, {"k": [1, 2], "j": {"n": None}})
g = {0: 0, False: "f"}
print(g)
print({"x": 1}["x"], {"x": {"y": 2}}["x"]["y"])
h = {10 ** 30: "big", -(10 ** 30): "neg big"}
print(h[10 ** 30], h)
print({"é": 1, "日本": 2})
