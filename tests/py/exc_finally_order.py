# Order of finally blocks and which return value wins.
trace = []
def f(n):
    try:
        try:
            trace.append("t1")
            if n == 0:
                return "inner"
            if n == 1:
                raise ValueError
        finally:
            trace.append("f1")
            if n == 2:
                return "from f1"
        trace.append("between")
    except ValueError:
        trace.append("except")
        return "handled"
    finally:
        trace.append("f2")
    return "end"

for n in range(4):
    trace.clear()
    print(n, f(n), trace)

def counter():
    i = 0
    try:
        i += 1
        return i
    finally:
        i += 100   # does not change the returned value
print(counter())
