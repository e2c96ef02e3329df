# else and finally with return, and exceptions in else.
def f(x):
    try:
        v = 10 // x
    except ZeroDivisionError:
        return "div by zero"
    else:
        if v > 5:
            return "big %d" % v
        v += 1
    finally:
        print("finally for", x)
    return "small %d" % v

for x in (0, 1, 5):
    print(f(x))

def else_raises():
    try:
        pass
    except ValueError:
        return "handler"
    else:
        raise ValueError("from else")
try:
    else_raises()
except ValueError as e:
    print("escaped else:", e)
