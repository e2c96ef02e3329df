def outer():
    try:
        return inner()
    finally:
        print("outer finally")
def inner():
    try:
        1 / 0
    finally:
        raise TypeError("finally raise")
outer()
