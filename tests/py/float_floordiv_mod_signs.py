# Float floor division and modulo: the remainder has the divisor's sign.
for a in [7.5, -7.5, 7.0, -7.0, 0.0, -0.0, 0.3, -0.3]:
    for b in [2.0, -2.0, 0.1, -0.1, 7.0]:
        print(repr(a), repr(b), repr(a // b), repr(a % b))
print(repr(-1e-300 % 1.0), repr(1e-300 % -1.0), repr(-0.0 % 1.0), repr(0.0 % -1.0))
print(repr(5 % -0.5), repr(-5 % 0.5), repr(1e300 % 3.0), repr(-1e300 // 3.0))
print(repr(1.0 % float("inf")), repr(-1.0 % float("inf")), repr(1.0 // float("inf")), repr(-1.0 // float("inf")))
