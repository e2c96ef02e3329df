# dict() from keywords, pairs, other dicts and both.
print(dict(), dict(a=1), dict(a=1, b="two"), dict([("x", 1), ("y", 2)]), dict([(1, 2), (1, 3)]))
print(dict({"k": "v"}), dict({"k": 1}, k=2, j=3), dict([["l", 1], ("t", 2), "ab"]))
src = {"p": [1]}
cp = dict(src)
cp["q"] = 2
cp["p"].append(2)
print(src, cp)
print(dict((("a", 1), ("b", 2))), dict(zz=None))
