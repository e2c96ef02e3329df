# gamma and lgamma use CPython's own Lanczos approximation: bit-exact checks.
import math
vals = [0.5, -0.5, 1.0, 2.0, 3.7, -3.7, 1e-20, -1e-20, 1e-300, 0.1, 171.5, -171.5, 171.7, 200.5,
        -200.5, 22.0, 23.0, 24.0, 140.5, 141.5, -0.25, 6.0246, 5.5, 4.9, 5.1, 30.25, -30.25,
        2**1000, 7, True, float('inf'), float('-inf'), float('nan'), 0.0, -0.0, -1.0, -2, 172.0]
for v in vals:
    for f in (math.gamma, math.lgamma):
        try:
            print(f.__name__, v if not isinstance(v, int) or v < 2**64 else 'big', repr(f(v)))
        except Exception as e:
            print(f.__name__, v if not isinstance(v, int) or v < 2**64 else 'big', type(e).__name__, e)
x = -179.5
while x < 180:
    print(x, math.gamma(x) if x != int(x) or x > 0 else '-', math.lgamma(x) if x != int(x) or x > 0 else '-')
    x += 3.37
