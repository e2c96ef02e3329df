# Every one-argument float function of math over ordinary and special values,
# including ints of any size and bools; errors print as Type:message.
import math
vals = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 1e-300, 5e-324, 1e300, 3.7, -3.7, 100.0,
        710.0, -710.0, 1e-20, 0.1, 7, -7, True, False, 2**60, 2**1000, -2**1000,
        float('inf'), float('-inf'), float('nan'), 0.99999, 1.00001]
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'cos', 'cosh', 'exp',
         'exp2', 'expm1', 'fabs', 'log1p', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'erf', 'erfc',
         'degrees', 'radians', 'isfinite', 'isinf', 'isnan', 'ulp']
for n in names:
    f = getattr(math, n)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(n, ' '.join(out))
