# list() and tuple() from every iterable type; they copy.
src = [1, 2]
print(list(src), list(src) is src, tuple(src), list(()), tuple([]), list("é😀"), tuple(range(3, 0, -1)))
print(list({"a": 1, "b": 2}), list({"a": 1}.values()), list({"a": 1}.items()), tuple({"a": 1}.keys()))
t = (1, 2)
print(tuple(t) == t, list(range(0)), list(list(list("ab"))))
