# Nested literals and their reprs.
x = [1, [2, [3, [4, []]]], (5, (6,)), {"a": [7, {"b": (8,)}]}]
print(x)
print(repr(x))
print([(), [], {}, "", None, True, 0.0])
print(((((1,),),),))
print([1, 2, 3,], (1, 2,), {"a": 1,})
print([
    1,
    2,
    3
])
print({1: {2: {3: {}}}})
print(x[3]["a"][1]["b"][0], x[1][1][1][1], x[2][1][0])
print(len(x), len(x[1]), len(x[3]))
print([[]] * 2, [[0] * 2] * 2)
