# List equality and ordering are element-wise and lexicographic.
print([1, 2, 3] == [1, 2, 3], [1, 2, 3] != [1, 2, 4], [1, 2] < [1, 2, 3], [2] > [1, 99])
print([] < [1], [[1, 2]] < [[1, 3]], ["a", "b"] < ["a", "c"], [1.0] == [1], [0] == [False])
print([1, 2] <= [1, 2], [1, 2] >= [1, 3], [3] > [2, 100])
print(max([[1, 2], [1, 3], [0, 9]]), min([[2], [1, 5], [1]]))
nan = float("nan")
l = [nan]
print(l == l, [nan] == [nan], [1, nan] < [2, nan])
