# raise of a class vs an instance, and of things that are not exceptions.
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError("inst", 2)
except ValueError as e:
    print(repr(e), e.args)
for bad in (5, "str", None, [1], int):
    try:
        raise bad
    except TypeError as e:
        print(type(bad).__name__, "->", e)
try:
    try:
        raise KeyError
    except 5:
        pass
except TypeError as e:
    print("except 5 ->", e)
try:
    try:
        raise KeyError
    except (KeyError, "x"):
        print("not reached")
except TypeError as e:
    print("tuple with str ->", e)
try:
    raise StopIteration(7)
except StopIteration as e:
    print("value", e.value)
e = SystemExit(3)
try:
    raise e
except BaseException as got:
    print(type(got).__name__, got.code, got is e)
