# not always returns a bool.
for v in [0, 1, -1, 0.0, 2.5, "", "a", [], [[]], (), {}, {1: 1}, None, True, False, 10 ** 50, range(0)]:
    print(repr(v), not v, not not v, type(not v))
print(not 1 == 2, not (1 == 2), (not 1) == 2)
print(not 1 in [1], not 2 in [1])
