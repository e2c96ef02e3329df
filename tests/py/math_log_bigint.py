# log, log2, log10 of ints too large for a double are computed exactly as
# CPython (mantissa and exponent), with and without a base.
import math
for n in [1, 2, 10, 1000, 2**53 + 1, 2**1023, 2**1024, 2**1024 - 1, 3**1000, 10**308, 10**309,
          10**500, 2**10000, 7**5000 + 12345, True]:
    print(math.log(n), math.log2(n), math.log10(n), math.log(n, 10), math.log(n, 2), math.log(n, 3**700))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log(0.5, 4), math.log(10, 0.5))
print(math.log(2.0**-1074), math.log10(1e-300), math.log2(0.1), math.log1p(1e-20))
for bad in [0, -1, -2**2000, 0.0, -0.5, float('-inf')]:
    for f in (math.log, math.log2, math.log10):
        try:
            f(bad)
        except ValueError as e:
            print(f.__name__, 'ValueError', e)
print(math.log(float('inf')), math.log(float('nan')))
