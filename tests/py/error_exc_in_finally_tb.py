# An exception raised in a finally block while another propagates.
def f():
    try:
        [][1]
    finally:
        print("cleaning up")
        None.attr

f()
