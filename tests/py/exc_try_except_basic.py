# try/except with a type, a tuple of types, bare except, handler order, else.
def classify(f):
    try:
        r = f()
    except ZeroDivisionError:
        return "zero"
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except TypeError as e:
        return "type: " + str(e)
    except:
        return "other"
    else:
        return "ok " + repr(r)

print(classify(lambda: 1 / 0))
print(classify(lambda: {}["k"]))
print(classify(lambda: [][3]))
print(classify(lambda: 1 + "a"))
print(classify(lambda: int("x")))
print(classify(lambda: 42))

for i in range(4):
    try:
        if i == 0:
            raise ValueError("v")
        elif i == 1:
            raise KeyError("k")
        elif i == 2:
            pass
        else:
            raise LookupError
    except ValueError as e:
        print(i, "ValueError", e)
    except LookupError as e:
        print(i, "LookupError", type(e).__name__, repr(e))
    else:
        print(i, "else")
    print(i, "after")

# a subclass is caught by a base-class handler; the first match wins
try:
    raise KeyError(1)
except Exception:
    print("Exception caught KeyError")
except KeyError:
    print("never")

try:
    try:
        raise IndexError("inner")
    except KeyError:
        print("wrong")
except IndexError as e:
    print("outer caught", e)
