# Unary minus, plus and invert on every numeric type, and double application.
for v in [0, 1, -1, 5, -5, 2 ** 47, -(2 ** 47), 2 ** 100, -(2 ** 100), True, False]:
    print(repr(v), -v, +v, ~v, - -v, ~~v, -~v, ~-v)
for f in [0.0, -0.0, 1.5, -2.25, 1e308, float("inf"), float("-inf")]:
    print(repr(f), -f, +f, - -f)
print(not 0, not 1, not not 2)
print(-(-(-3)))
print(- 2 ** 2, (- 2) ** 2)
print(~0, ~-1, ~255, ~2 ** 64)
