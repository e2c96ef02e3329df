# float() of big ints rounds to nearest (ties to even); int() of floats is exact.
print(float(2 ** 53), float(2 ** 53 + 1), float(2 ** 53 + 2), float(2 ** 53 + 3))
print(float(2 ** 64 - 1), float(10 ** 22), float(10 ** 23), float(-(10 ** 30)))
print(float(2 ** 1023), float(2 ** 1024 - 2 ** 970 - 1), float(2 ** 1024 - 2 ** 971))
print(int(1e22), int(1e23), int(2.0 ** 100), int(-2.0 ** 70), int(1.7976931348623157e308) == 2 ** 1024 - 2 ** 971)
for v in [2 ** 53 - 1, 2 ** 53, 2 ** 53 + 1, 2 ** 60 + 2 ** 7, 2 ** 60 + 2 ** 8 - 1, 3 ** 50]:
    print(v, float(v), int(float(v)), int(float(v)) == v)
