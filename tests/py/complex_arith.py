# arithmetic with int, float and complex operands in both orders
ops = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a / b, lambda a, b: a ** b]
names = ['+', '-', '*', '/', '**']
vals = [3, -2, 0.5, -1.25, 1+2j, -3.5+0.25j, 2j, True, 10**30]
for n, op in zip(names, ops):
    for a in vals:
        row = []
        for b in vals:
            if not isinstance(a, complex) and not isinstance(b, complex):
                continue
            try:
                row.append(repr(op(a, b)))
            except Exception as e:
                row.append(type(e).__name__ + ': ' + str(e))
        if row:
            print(repr(a), n, row)
print((1+1j) ** 2, (1+1j) ** -2, (1+1j) ** 100, (1+1j) ** 101, (2+3j) ** 0.5, (2+3j) ** (1+1j), 0j ** 0, 0j ** 2)
print(1e308 * (1+1j), (1e308+1e308j) / (1e-308+1e-308j), (1+2j) / (3+4j), (1+2j) / 1e-310j, (1+2j) / complex(0, float('nan')))
print(-(1+2j), +(1-2j), abs(-3-4j), abs(complex(float('inf'), float('nan'))), abs(1e-320+1e-320j))
z = 1+2j
z += 1; z *= 2j; z -= 0.5; z /= 2; z **= 2
print(z, sum([1j, 2, 3.5]), sum([1+1j] * 10), pow(2j, 3), pow(2, 1j))
print(hash(1+0j) == hash(1), hash(1.5+0j) == hash(1.5), hash(-1+0j), hash(0j), hash(1j), hash(-1j), hash(complex(1e300, -2.5)))
print({1: 'a', 1+0j: 'b', 2j: 'c'}, {0j, 0, 0.0, False}, 1j in {1j: 0})
print(2j == 2j, 2j == 2, 0j == 0, 0j == False, 1+0j == 1.0, complex(2**60, 0) == 2**60, complex(2**60+1, 0) == 2**60+1, (1+2j) != (1+2j), 1j == 'x', 1j != None)
print((-8) ** (1/3), (-8.0) ** 0.5, (-1) ** 0.5, (-2.5) ** -1.5, 2 ** 0.5, (-0.5) ** 2.5)
print([x.conjugate() for x in (1+2j, 1-2j, 3j, complex(-0.0, 0.0))], (1+2j).real, (1+2j).imag, (5).conjugate(), (2.5).imag)
print(repr(complex(1.5, 1e16)), repr(complex(1e-5, -1e-5)), repr(complex(123456789012345678, 0.1)), str(1+2j), format(1+2j), f'{3j}')
print(type(1j), type(1j).__name__, isinstance(1j, complex), complex.__name__, type(1+0j) is complex)
