# sum() of ints, floats, bools, with start, and of big ints.
print(sum([]), sum([1, 2, 3]), sum((1, 2, 3), 10), sum(range(101)), sum([0.1] * 10), sum([1, 2.0]))
print(sum([True, True, False]), sum([10 ** 20, 10 ** 20]), sum([2 ** 62] * 8), sum([], 5), sum([], 0.0))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1, -1, 1e100, -1e100]), sum([1e100, 1, -1e100]))
print(sum(range(10), 100), sum({1: "a", 2: "b"}), sum([0.5, 0.25], 1))
