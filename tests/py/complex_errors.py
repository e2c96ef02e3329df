# errors raised by complex operations
import math
tests = [
    lambda: 1j < 2j, lambda: 1j <= 1, lambda: 1 > 1j, lambda: 1j >= 1.0,
    lambda: 1j / 0, lambda: 1j / 0j, lambda: 1 / 0j, lambda: 1.5 / complex(0, 0),
    lambda: 0j ** -1, lambda: 0j ** 1j, lambda: 0j ** (-1+0j), lambda: (1e200+1e200j) ** 3,
    lambda: 10j ** 1000.5, lambda: pow(1j, 2, 5), lambda: 1j // 1, lambda: 1j % 1, lambda: divmod(1j, 1),
    lambda: int(1j), lambda: float(1j), lambda: math.floor(1j), lambda: round(1j),
    lambda: abs(complex(1e308, 1e308)), lambda: (1j).real.__class__, lambda: setattr(1j, 'real', 1),
    lambda: 1j & 1, lambda: ~1j, lambda: 1j + 'a', lambda: 'a' * 1j,
    lambda: (1e308+0j) * 10 == complex(float('inf'), float('nan')), lambda: 1j + 10**400,
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(sorted([3j, 1j], key=abs))
sorted([1j, 2j])
