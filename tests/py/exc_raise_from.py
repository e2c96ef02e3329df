# raise X from Y sets __cause__ and __suppress_context__; from None hides.
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as v:
    print(repr(v), repr(v.__cause__), v.__suppress_context__)
    print(repr(v.__context__))

try:
    try:
        {}[1]
    except KeyError:
        raise RuntimeError("clean") from None
except RuntimeError as r:
    print(repr(r), r.__cause__, r.__suppress_context__, repr(r.__context__))

try:
    raise IndexError("x") from KeyError
except IndexError as e:
    print(repr(e.__cause__))

try:
    raise IndexError("x") from 5
except TypeError as e:
    print("TypeError:", e)
