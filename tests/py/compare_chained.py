# Chained comparisons: each middle operand is evaluated once; stops at first false.
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 > 0, 1 <= 1 >= 1, 0 < 0 <= 0)
x = 5
print(0 < x < 10, 0 < x < 5, 5 <= x <= 5, 10 > x >= 5 > 4 > -1)
def trace(v):
    print("eval", v)
    return v
print(trace(1) < trace(2) < trace(3))
print(trace(3) < trace(2) < trace(1))
print(1 < 2 < 3 < 4 < 5 < 6 < 7 < 8 < 9)
print(1 < 2 < 3 < 4 < 5 < 4 < 7 < 8 < 9)
print(1 == 1.0 == True, 0 == 0.0 == False == -0.0)
print("a" < "b" < "c", [1] < [2] < [3], (1, 2) < (1, 3) < (2,))
print(1 < 2 == 2, (1 < 2) == 2)
print(x is x is x, None is None is not x)
print(1 in [1] in [[1]], 2 not in [1] not in [])
