# Exact numeric hash values (ints modulo 2**61-1, hash(-1) == -2, floats by the same rule).
print(hash(42), hash(-42), hash(0), hash(1), hash(True), hash(2 ** 20))
print(hash(-1), hash(-2))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100), hash(-(2 ** 100)))
print(hash(1.5), hash(0.5), hash(-2.25), hash(1e100), hash(float("inf")), hash(float("-inf")))
