# round(): half-to-even, ndigits positive/negative/zero, result types.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999999999999999, 2.675, 1.005, 0.125, 0.375, 1e20, -0.0, 1234.5678]:
    print(repr(v), round(v), repr(round(v, 0)), repr(round(v, 1)), repr(round(v, 2)), repr(round(v, -1)), repr(round(v, -2)))
print(type(round(2.5)), type(round(2.5, 0)), type(round(2.5, None)))
print(round(2.675, 2), round(2.665, 2), round(0.285, 2), round(1.25, 1), round(1.35, 1))
print(round(123456.789, -3), round(-123456.789, -4), round(5e-324, 320), round(1.5e300, -299))
print(round(12345.6789, 10), round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(1 / 3, 5))
print(round(1e300, -400), round(-1e300, -400), round(1.0, 400))
