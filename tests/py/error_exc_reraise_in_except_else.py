# An exception raised in an else clause is not handled by its try's handlers.
def f():
    try:
        x = 1
    except ValueError:
        print("not here")
    else:
        raise ValueError("from else")
    finally:
        print("finally runs")
f()
