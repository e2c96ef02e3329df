# bool() of every foundation type.
for v in [0, 1, -1, 2 ** 100, 0.0, -0.0, 1e-300, float("nan"), float("inf"), "", " ", "0", "False", [], [0], [[]], (), (None,), {}, {0: 0}, None, True, False, range(0), range(5), range(3, 3), 10 ** 20 - 10 ** 20]:
    print(repr(v), bool(v))
print(bool(), type(bool(1)))
