a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c)
print(None is None, None is not None)
print(1 in a, 3 in a, 3 not in a)
print("b" in "abc", "bc" in "abc", "" in "abc", "d" not in "abc")
print(2 in (1, 2), 2 in {2: 0}, 0 in {2: 0}, 2 in {2}, 5 in range(10), 10 in range(10))
print([1] in [[1], [2]], (1,) in [(1,)])
x = float("nan")
print(x in [x], x == x, x is x)
print(True is True, (1 == 1) is True)
print(not 1 in [2], not (1 in [2]))
print(1 < 2 in [True], (1 < 2) in [True])
