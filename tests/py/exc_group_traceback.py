# The traceback display of an uncaught exception group (box drawing).
def inner():
    raise ValueError("bad value")

def collect():
    errors = []
    for f in (inner,):
        try:
            f()
        except ValueError as e:
            errors.append(e)
    errors.append(TypeError("bad type"))
    try:
        raise KeyError("k")
    except KeyError:
        try:
            {}["missing"]
        except KeyError as e:
            errors.append(e)
    nested = ExceptionGroup("nested", [OSError("disk"), ZeroDivisionError("zero")])
    errors.append(nested)
    raise ExceptionGroup("several errors", errors)

print("start")
collect()
