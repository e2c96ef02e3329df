# Two-argument functions over IEEE special values, as CPython handles them.
import math
inf, nan = float('inf'), float('nan')
pairs = [(0.0, 1.0), (1.0, 0.0), (-0.0, -1.0), (2.0, 3.0), (-2.0, 0.5), (-2.0, 3.0), (10.0, 400.0),
         (0.0, -1.0), (-0.0, -3.0), (inf, 2.0), (-inf, 3.0), (-inf, -3.0), (-inf, -2.0), (2.0, inf),
         (0.5, -inf), (nan, 0.0), (1.0, nan), (5, 3), (-7, 2), (7.5, -2.5), (1e308, 10.0),
         (3, 2**70), (1e-310, 1e-310), (inf, inf), (-inf, inf), (inf, -inf), (nan, nan), (-1.0, inf),
         (1.0, -inf), (0.0, 0.0), (-0.0, 0.0), (0.0, -0.0), (6.0, 4.0), (5.0, 2.0), (-5.0, 2.0)]
for n in ['atan2', 'copysign', 'remainder', 'fmod', 'pow', 'nextafter', 'isclose']:
    f = getattr(math, n)
    out = []
    for a, b in pairs:
        try:
            out.append(repr(f(a, b)))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(n, ' '.join(out))
