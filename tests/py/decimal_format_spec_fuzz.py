# Decimal.__format__ against CPython 3.11's _decimal: the zero flag vs an explicit
# '0=' fill, a width starting with 0, 'z' with 'f' and 'F', every presentation type,
# rounding modes (pseudo-random specs and values)
from decimal import Decimal, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP, ROUND_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN
s = 12345
def rnd(n):
    global s
    s = (s * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (s >> 20) % n
fills = ["", "*<", "x>", "=", "^", "<", ">", " ^", "0=", "0<", "#>"]
out = []
for i in range(4000):
    coef = rnd(10 ** (1 + rnd(20)))
    exp = rnd(30) - 20
    sign = "-" if rnd(2) else ""
    d = Decimal(f"{sign}{coef}E{exp}")
    spec = fills[rnd(len(fills))] + ["", "+", "-", " "][rnd(4)] + ("z" if rnd(5) == 0 else "") + ("0" if rnd(4) == 0 else "") + \
        (str(rnd(25)) if rnd(2) else "") + ("," if rnd(3) == 0 else "") + ("." + str(rnd(12)) if rnd(3) else "") + ["f","F","e","E","g","G","%",""][rnd(8)]
    rm = [ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP, ROUND_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN][rnd(8)]
    with localcontext() as c:
        c.rounding = rm
        try:
            r = format(d, spec)
        except Exception as e:
            r = type(e).__name__
    out.append(f"{d!s} {spec} {rm} {r}")
print("\n".join(out))

for v in ['inf', '-inf', 'nan', '-1234.5', '5']:
    for s in ['0=10.2f', '010.2f', '0=12,.2f', '012,.2f', '0=12,', '012,', '0=8', '08', '0>8', '0^9.1f', '0<9.1e']:
        try: r = format(Decimal(v), s)
        except ValueError as e: r = 'VE'
        print(v, s, repr(r))
