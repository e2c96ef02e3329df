# A bare `raise` in a function called from an except block re-raises the
# handled exception without adding its own line to the traceback (the
# interpreter unwinds without a traceback entry for that frame).

def again(x):
    if x:
        raise
    return 1

def run():
    for i in range(3000):
        try:
            {}[i] if i == 2999 else i
        except KeyError:
            again(1)
    return i

again(0)
print("start")
run()
