# cmath on a grid of ordinary values, compared with exact reprs
import cmath
pts = [complex(x, y) for x in (-2.5, -1, -0.3, 0, 0.7, 1, 3) for y in (-1.5, -0.0, 0.0, 0.4, 2)]
for name in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan',
             'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']:
    f = getattr(cmath, name)
    res = []
    for z in pts:
        try:
            res.append(repr(f(z)))
        except ValueError as e:
            res.append('ValueError: ' + str(e))
    print(name, ' '.join(res))
print([cmath.phase(z) for z in pts[:8]])
print([cmath.polar(z) for z in pts[:6]])
print([cmath.rect(r, p) for r in (0, 1, 2.5) for p in (0, 1, -2, cmath.pi)])
print(cmath.log(100, 10), cmath.log(1j, 2), cmath.log(-1), cmath.sqrt(-1), cmath.sqrt(-4), cmath.exp(1j * cmath.pi))
print(cmath.sqrt(4), cmath.exp(0), cmath.log(2.5), cmath.cos(0), type(cmath.sqrt(4)))
class C:
    def __complex__(self):
        return 1 + 1j
print(cmath.sqrt(C()), cmath.phase(C()), cmath.isclose(C(), 1 + 1j))
for t in (lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.sqrt(None), lambda: cmath.log(0j, 2), lambda: cmath.log(1, 1)):
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ':', e)
