# frexp, ldexp, modf, nextafter, ulp, isclose, ceil/floor/trunc (with
# __ceil__/__floor__/__trunc__/__float__/__index__ on user classes).
import math
for x in [0.0, -0.0, 1.0, 0.75, -12.5, 1e-310, 1e308, float('inf'), float('-inf'), float('nan'), 5, True]:
    print('frexp', x, math.frexp(x), 'modf', math.modf(x))
for x, i in [(1.0, 3), (0.75, -2), (1.0, 1023), (1.0, 1024), (1.0, -1074), (1.0, -1075), (-2.0, 2**70),
             (3.0, -2**70), (0.0, 2**80), (float('inf'), -5), (1.5, True)]:
    try:
        print('ldexp', x, i if i < 2**64 else 'big', math.ldexp(x, i))
    except Exception as e:
        print('ldexp', type(e).__name__, e)
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(5e-324, 0))
print(math.ulp(1.0), math.ulp(-1e300), math.ulp(0.0), math.ulp(1.7976931348623157e308), math.ulp(float('inf')))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2),
      math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(a=1, b=1),
      math.isclose(float('inf'), float('inf')), math.isclose(float('inf'), 1e308), math.isclose(float('nan'), float('nan')))
for x in [2.5, -2.5, 2.0, -0.0, 1e20, -1e-300, 7, -7, True, 2**100]:
    print('round', x, math.ceil(x), math.floor(x), math.trunc(x))
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
class C:
    def __ceil__(self): return 'ceil!'
    def __floor__(self): return 'floor!'
    def __trunc__(self): return 'trunc!'
print(math.sqrt(F()), math.ceil(F()), math.floor(F()), math.sqrt(I()), math.factorial(I()), math.gcd(I(), 21))
print(math.ceil(C()), math.floor(C()), math.trunc(C()))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(-45.5))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.pi))
