# int() of floats truncates toward zero; int() of strings and bools.
for f in [0.0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 3.5, -3.5, 1e15, 1e20, -1e20, 1.7976931348623157e308, 2.0 ** 63, 2.0 ** 64, 123456789.987]:
    print(repr(f), int(f))
print(int(True), int(False), int(7), int(-7), int(10 ** 30))
print(int("  -12  "), int("+5"), int("00012"))
print(int(2.5 * 4), int(1e100))
