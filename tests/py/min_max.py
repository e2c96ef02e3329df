# min/max over iterables and over several arguments, with default and key=.
print(max(1, 2, 3), min(1, 2, 3), max([4, 9, 2]), min((4, 9, 2)), max("hello"), min("hello"))
print(max(1, 2.5), min(-1, -1.5), max(10 ** 30, 1e29), max(True, 0), min(range(5, 10)))
print(max({"b": 1, "a": 2}), min({"b": 1, "a": 2}), max([[1, 2], [1, 3]]), max([(1, "a"), (1, "b")]))
print(max("apple", "banana", "Cherry"), min(["x", "X", "y"]))
def neg(x):
    return -x
print(max([1, 5, 3], key=neg), min(1, 5, 3, key=neg), max("aa", "b", "ccc", key=len))
print(max([3, 1, 3], key=neg), max([1, 1.0]), max([1.0, 1]), min(0, False), min(False, 0))
print(max([-0.0, 0.0]), min([0.0, -0.0]))
