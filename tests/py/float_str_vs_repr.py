# str() and repr() of floats agree in Python 3; integral floats keep ".0".
for v in [1.0, -2.0, 100.0, 1e15, 1e16, 123.456, 1e-5, 0.0001, float("inf"), -0.0, 3.0e10]:
    print(str(v), repr(v), str(v) == repr(v))
print(str(1.0) + "!", "x" + str(2.5), str([1.0, 2.5]), str((0.1,)))
print(1.0, 2.50, 3., 1_0.5)
