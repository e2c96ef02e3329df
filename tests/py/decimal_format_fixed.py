# Decimal.__format__ with 'f'/'F' and a precision (the fast path), grouping,
# zero padding, fill/align, signs, 'z', rounding modes, and the generic types
from decimal import Decimal, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP

values = ["0", "-0", "0.000", "-0.0001", "0.005", "0.015", "0.025", "-0.025", "1", "-1", "1.5", "2.5",
          "123.456", "-123.455", "999.995", "-999.9951", "1234567.891", "-1234567.8949", "1e5", "1.2e-7",
          "-7E+3", "123456789012345678901234567890.5", "0.1", "99.999", "5E-3", "4.4999", "Infinity",
          "-Infinity", "NaN", "1000", "100", "10"]
specs = [".2f", ".0f", ".1F", ",.2f", "_.3f", "12.2f", "<12.2f", "^13.1f", "*>14.2f", "=+12.2f", "012.2f",
         "015,.2f", "+.2f", " .2f", "z.2f", "-.4f", "08.3f", ",.0f", ".10f", "f", ",f", ".3e", ".3g", "g",
         ",", "10", "%", ".1%", "", "+", ".5", "012,.1f"]
total = 0
lines = []
for v in values:
    d = Decimal(v)
    row = []
    for s in specs:
        try:
            r = format(d, s)
        except ValueError as e:
            r = "ValueError"
        total += len(r)
        row.append(r)
    lines.append(v + " | " + " | ".join(row))
print("\n".join(lines))
for rm in (ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP):
    with localcontext() as c:
        c.rounding = rm
        print(rm, [format(Decimal(v), ".1f") for v in ("0.05", "-0.05", "1.25", "-1.25", "0.01", "-0.06", "2.449")])
acc = []
for i in range(300):
    d = Decimal(i * 37 - 5000) / 7
    acc.append(f"{d:,.2f}|{d:>10.1f}|{d:010.3f}")
print(acc[::37], total)
