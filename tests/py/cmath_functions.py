import cmath
vals = [1+2j, -3+0.5j, 0.25-4j, 2, -1.5, 1e-310+1e-310j, 1e300+1e300j, 0.5j, -0.0-2j]
for name in ['sqrt','exp','log','log10','sin','cos','tan','asin','acos','atan','sinh','cosh','tanh','asinh','acosh','atanh']:
    f = getattr(cmath, name)
    out = []
    for v in vals:
        try: out.append(repr(f(v)))
        except Exception as e: out.append(type(e).__name__ + ': ' + str(e))
    print(name, out)
print(cmath.phase(-1+0j), cmath.phase(complex(-1, -0.0)), cmath.polar(3+4j), cmath.rect(2, 0.5), cmath.rect(1, 0))
print(cmath.log(8, 2), cmath.log(1+1j, 1j), cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1, 1.1, abs_tol=0.2))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isfinite(1+2j), cmath.isinf(complex(1, float('inf'))), cmath.isnan(cmath.nanj))
for f in (lambda: cmath.log(0), lambda: cmath.exp(1000), lambda: cmath.sqrt('x'), lambda: cmath.atanh(1), lambda: cmath.cosh(1000+1j)):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(cmath.tanh(400+1j), cmath.tanh(20+1j), cmath.tan(1+400j), cmath.atanh(1e200+1j), cmath.atanh(1+1e-200j), cmath.asinh(1e308+1j))
