# if/elif/else with every kind of condition value.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for v in [-5, 0, 3, 10, 99, 100, 10 ** 30, -10 ** 30]:
    print(v, classify(v))

for cond in [0, 1, -1, 0.0, 0.5, -0.0, "", "a", [], [0], (), (0,), {}, {0: 0}, None, True, False, range(0), range(1), 10 ** 100, 10 ** 100 - 10 ** 100]:
    if cond:
        print(repr(cond), "truthy")
    else:
        print(repr(cond), "falsy")

x = 5
if x > 3:
    if x > 4:
        print("nested both")
    else:
        print("nested outer only")
if x > 10:
    print("no")
print("after")
if x == 5: print("one-line if")
if x: pass
else: print("never")
if not x:
    print("never")
elif x:
    print("elif taken")
