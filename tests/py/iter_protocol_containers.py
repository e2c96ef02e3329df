for c in [[1, 2], (3, 4), "ab", {"k": 1, "j": 2}, {5}, frozenset([6]), range(2), b"hi"]:
    it = iter(c)
    print(type(it).__name__ if type(c) is not str else "-", list(it), list(it))
d = {"a": 1, "b": 2}
print(list(iter(d.keys())), list(iter(d.values())), list(iter(d.items())))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(4))))
print(list(reversed(d)), list(reversed({})))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, None))
print(iter(it) is it)
e = enumerate("ab")
print(iter(e) is e, next(e))
l = [1, 2, 3]
it = iter(l)
l.append(4)
print(list(it))
print(list(map(len, ["a", "bb"])), type(map(len, [])).__name__)
print(list(zip()), list(zip([1])), type(zip()).__name__)
