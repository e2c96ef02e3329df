print(1j, 2.5J, 1+2j, -1j, -(0j), complex(-0.0, -1), complex(float('nan'), float('inf')))
print(complex(1, 2), complex('1+2j'), complex(' ( -1.5e3-2_0j ) '), complex('j'), complex('-J'), complex('3'))
z = 3+4j
print(z.real, z.imag, z.conjugate(), abs(z), hash(complex(1, 0)) == hash(1), hash(1+2j), bool(0j), bool(1j))
print(z + 1, 1 + z, z - 2.5, 2.5 - z, z * 2, 2 * z, z / 2, 2 / z, z ** 2, 2 ** z, z ** 0.5, z ** z)
print((1+1j) ** -3, 1e300j * 1e10, (-8) ** (1/3), (-2.0) ** 0.5)
print(z == 3+4j, z != 3, complex(3) == 3, complex(3) == 3.0, 1e20 + 0j == 10**20)
print(repr(complex(1e16, 1e-7)), complex(0.0, 0.0), complex(-0.0, 0.0), complex(1, -0.0))
for f in (lambda: z < z, lambda: 1j / 0, lambda: 0j ** -1, lambda: complex('x'), lambda: pow(1j, 2, 3), lambda: 1j // 2, lambda: int(1j), lambda: complex([]), lambda: complex('1', 2), lambda: 1e200j ** 5):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
