# Decimal arithmetic, comparison, hash, conversions and formatting on coefficients
# of 1 to 45 digits (the C fast paths take up to 38) under random precisions and
# rounding modes, with the flags raised, against CPython 3.11
from decimal import (Decimal, localcontext, Context, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
                     ROUND_05UP, ROUND_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, Inexact, Rounded)
s = 987654321
def rnd(n):
    global s
    s = (s * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (s >> 17) % n
def rdec():
    nd = [1, 3, 10, 15, 18, 19, 20, 27, 28, 29, 33, 37, 38, 39, 40, 45][rnd(16)]
    coef = rnd(10 ** nd) if rnd(4) else 10 ** nd - 1 - rnd(3)
    exp = rnd(50) - 30
    return Decimal((rnd(2), tuple(map(int, str(coef))), exp))
RMS = [ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP, ROUND_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN]
out = []
for i in range(400):
    a = rdec(); b = rdec() if rnd(5) else rnd(1000) - 500
    with localcontext() as c:
        c.prec = [28, 28, 9, 18, 30, 38, 40, 50][rnd(8)]
        c.rounding = RMS[rnd(8)]
        res = []
        for op in ("+", "-", "*", "/", "//", "%", "<", "==", "q", "sqrt", "neg", "abs", "hash", "float", "int", "str", "r+", "r*", "fmt", "divmod", "z+", "z-", "sum", "0+"):
            try:
                if op == "+": r = a + b
                elif op == "-": r = a - b
                elif op == "*": r = a * b
                elif op == "/": r = a / b
                elif op == "//": r = a // b
                elif op == "%": r = a % b
                elif op == "<": r = a < b
                elif op == "==": r = a == b
                elif op == "q": r = a.quantize(Decimal((0, (1,), rnd(20) - 15)))
                elif op == "sqrt": r = abs(a).sqrt()
                elif op == "neg": r = -a
                elif op == "abs": r = abs(a)
                elif op == "hash": r = hash(a) == hash(Decimal(str(a)))
                elif op == "float": r = float(a)
                elif op == "int": r = int(a)
                elif op == "str": r = str(a)
                elif op == "r+": r = 7 + a
                elif op == "r*": r = 3 * a
                elif op == "fmt": r = format(a, ",.%df" % rnd(8))
                elif op == "divmod": r = divmod(a, b)
                elif op == "z+": r = a + Decimal((rnd(2), (0,), rnd(60) - 30))
                elif op == "z-": r = Decimal((rnd(2), (0,), rnd(60) - 30)) - a
                elif op == "sum": r = sum([a, a, b])
                elif op == "0+": r = 0 + a
            except Exception as e:
                r = type(e).__name__
            res.append(str(r))
        fl = sorted(k.__name__ for k, v in c.flags.items() if v)
    out.append("%s %s %s" % (a, b, " ".join(res)) + " " + ",".join(fl))
print("\n".join(out))
h = 0
for i in range(300):
    a = rdec()
    h = (h * 31 + hash(a)) % (1 << 61)
print(h)
