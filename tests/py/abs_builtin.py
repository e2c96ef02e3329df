# abs() of ints, floats and bools.
for v in [0, 5, -5, 2 ** 47, -(2 ** 47), -(2 ** 100), 0.0, -0.0, -1.5, float("-inf"), True, False, -(2 ** 63)]:
    print(repr(v), abs(v), type(abs(v)))
print(abs(float("nan")), abs(-10 ** 40) == 10 ** 40)
