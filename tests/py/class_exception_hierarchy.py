class AppError(Exception):
    code = 1
class NotFound(AppError, LookupError):
    code = 2
class Fatal(AppError):
    def __str__(self):
        return "FATAL(" + ", ".join(map(str, self.args)) + ")"
for exc in (AppError("a"), NotFound("b"), Fatal("c", 1)):
    try:
        raise exc
    except LookupError as e:
        print("lookup", type(e).__name__, e.code, e)
    except AppError as e:
        print("app", type(e).__name__, e.code, e)
print([k.__name__ for k in NotFound.__mro__])
try:
    raise NotFound("key") from KeyError("orig")
except AppError as e:
    print(repr(e), repr(e.__cause__))
e = Fatal()
print(str(e), repr(e), e.args)
