# __traceback__ is set once an exception is raised; args and str.
e0 = ValueError("fresh")
print(e0.__traceback__)
try:
    raise e0
except ValueError as e:
    print(e.__traceback__ is not None, e is e0)
try:
    raise KeyError("k")
except KeyError as e:
    print(str(e), repr(e), e.args)
try:
    raise Exception()
except Exception as e:
    print(repr(str(e)), e.args)
try:
    raise Exception(1, "two")
except Exception as e:
    print(str(e), e.args)
