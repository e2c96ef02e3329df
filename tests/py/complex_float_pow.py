# float ** fractional with a negative base gives a complex, as CPython
for a in [-8, -8.0, -1.0, -0.5, -2.25, -1e10, -1e-10]:
    for b in [0.5, 1/3, -0.5, 2.5, -1.75, 0.1]:
        r = a ** b
        print(a, b, type(r).__name__, r)
print(pow(-4.0, 0.5), (-4.0).__pow__(0.5), (-27) ** (1/3) == complex((-27) ** (1/3)), (-2.0) ** 2.0, (-2.0) ** -3.0)
import math
try:
    math.pow(-8.0, 1/3)
except ValueError as e:
    print('ValueError', e)
x = -2.0
x **= 0.5
print(x, abs(x))
