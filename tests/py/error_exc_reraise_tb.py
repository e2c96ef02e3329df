# A caught and re-raised exception keeps the lines of every frame.
def inner(x):
    return 10 / x

def middle(x):
    try:
        return inner(x)
    except ZeroDivisionError:
        print("middle saw it")
        raise

def outer():
    try:
        middle(0)
    finally:
        print("outer finally")

outer()
