# Re-raising an exception inside its own handler does not make a cycle.
try:
    try:
        raise ValueError("v")
    except ValueError as e:
        raise e
except ValueError as e:
    print(repr(e), e.__context__)

a = KeyError("a")
b = IndexError("b")
try:
    try:
        raise a
    except KeyError:
        try:
            raise b
        except IndexError:
            raise a
except KeyError as e:
    print(e is a, repr(e.__context__), repr(e.__context__.__context__))

# nested handlers chain through each level
try:
    try:
        try:
            raise KeyError(1)
        except KeyError:
            raise ValueError(2)
    except ValueError:
        raise TypeError(3)
except TypeError as e:
    chain = []
    while e is not None:
        chain.append(type(e).__name__)
        e = e.__context__
    print(chain)
