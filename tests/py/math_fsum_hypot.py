# fsum (Shewchuk, exactly rounded), hypot and dist (CPython's compensated
# vector norm) on many pseudo-random inputs, compared bit for bit.
import math
s = 12345
def nxt():
    global s
    s = (s * 6364136223846793005 + 1442695040888963407) % 2**64
    return s
def rf():
    m = nxt() >> 11
    e = (nxt() % 40) - 20
    sign = -1 if nxt() % 2 else 1
    return sign * m / 2**53 * 10.0**e
for i in range(150):
    k = 1 + nxt() % 6
    xs = [rf() for _ in range(k)]
    print(math.hypot(*xs), math.dist(xs, [rf() for _ in range(k)]),
          math.fsum(xs + [-x * 0.999 for x in xs] + [rf()]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([1e308, -1e308, 1e-300]), math.fsum([]), math.fsum(range(10)),
      math.fsum([0.1] * 10), math.fsum(iter([1, 2.5, True])), math.fsum([float('inf'), 1]),
      math.fsum([float('nan'), 1]), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(1e-320, 1e-320), math.hypot(1e308, 1e308),
      math.hypot(float('nan'), float('inf')), math.hypot(float('nan'), 1), math.hypot(*range(20)), math.hypot(True, 2**60))
print(math.dist((1, 2), (4, 6)), math.dist([0, 0, 0], (1, 1, 1)), math.dist((), ()), math.dist(iter([1.5]), (0,)))
