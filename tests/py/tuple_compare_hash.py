# Tuple ordering and hashing: equal tuples hash equal.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), () < (0,), (1, "a") < (1, "b"))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2)), hash((True, 0)) == hash((1, False)))
print(hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2.0, 3))))
d = {(1, 2): "a", (1, (2, 3)): "b"}
print(d[(1.0, 2)], d[(True, (2, 3.0))])
print(max([(1, "b"), (1, "a"), (0, "z")]), min([(2, 1), (1, 2), (1, 1)]))
