# round() on ints: ndigits negative rounds half to even; result stays int.
for v in [0, 5, 15, 25, 35, 45, -5, -15, -25, 1234, 1250, 1350, -1250, 10 ** 30 + 5 * 10 ** 9]:
    print(v, round(v), round(v, -1), round(v, -2), round(v, 3), round(v, -10))
print(type(round(5, -1)), type(round(5)), round(True), round(True, 2), type(round(True)))
print(round(2 ** 100, -20), round(-(2 ** 100), -25))
print(round(150, -2), round(250, -2), round(-150, -2), round(-250, -2), round(249, -2), round(251, -2))
