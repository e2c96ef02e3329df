# Numeric hash invariant: equal numbers hash equal.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(-0.0) == hash(False))
print(hash(2 ** 47) == hash(2.0 ** 47), hash(2 ** 64) == hash(2.0 ** 64), hash(-(2 ** 100)) == hash(-(2.0 ** 100)))
print(hash(1.5) == hash(1.5), hash(10 ** 30) == hash(10 ** 30), hash(-1) == hash(-1.0))
print(hash(None) == hash(None), hash((1, 2)) == hash((1.0, 2.0)))
