# Nested try statements, exceptions crossing several levels.
def level(n):
    out = []
    try:
        out.append("outer try")
        try:
            out.append("inner try")
            if n == 1:
                raise KeyError("inner")
            if n == 2:
                raise ValueError("to outer")
        except KeyError as e:
            out.append("inner except " + str(e))
            if n == 1:
                raise IndexError("from inner handler")
        finally:
            out.append("inner finally")
        out.append("after inner")
    except (ValueError, IndexError) as e:
        out.append("outer except " + type(e).__name__)
    finally:
        out.append("outer finally")
    return out

for n in range(3):
    print(n, level(n))

def deep():
    try:
        try:
            try:
                raise ValueError(3)
            finally:
                print("f1")
        finally:
            print("f2")
    finally:
        print("f3")
try:
    deep()
except ValueError as e:
    print("deep", e)

# try inside except inside try
try:
    raise KeyError("a")
except KeyError:
    try:
        raise ValueError("b")
    except ValueError as e:
        print("nested handler", e)
    print("back in outer handler")
print("done")
