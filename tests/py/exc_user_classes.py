# User-defined exception classes and hierarchies.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__("not found: %s" % key)
        self.key = key
class Invalid(AppError, ValueError):
    pass

def lookup(k):
    if k == "x":
        raise NotFound(k)
    if k == "bad":
        raise Invalid("invalid key", k)
    return k.upper()

for k in ("a", "x", "bad"):
    try:
        print(lookup(k))
    except NotFound as e:
        print("NotFound", e.key, str(e), e.args)
    except AppError as e:
        print("AppError", type(e).__name__, e.args)

try:
    lookup("bad")
except ValueError as e:
    print("caught as ValueError:", isinstance(e, AppError), repr(e))

print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)

class WithStr(Exception):
    def __str__(self):
        return "custom message"
try:
    raise WithStr(1, 2)
except WithStr as e:
    print(str(e), e.args)

errors = (NotFound, KeyError)
try:
    raise KeyError("k")
except errors as e:
    print("tuple from a variable:", repr(e))
