# len() of every sized foundation type.
print(len(""), len("abc"), len("日本語"), len("😀"), len([]), len([1, [2, 3]]), len(()), len((1,)))
print(len({}), len({"a": 1, "b": 2}), len(range(10)), len(range(0, 10, 3)), len(range(10, 0, -4)), len(range(5, 0)))
d = {1: 1, 1.0: 2, True: 3}
print(len(d), len({}.keys()), len({"x": 1}.items()), len({"x": 1}.values()))
l = []
for i in range(50):
    l.append(i)
print(len(l), len(l[10:20]), len(l[::7]), len("x" * 1234), len(str(2 ** 1000)))
