class MyError(Exception):
    pass
class CodeError(MyError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return "[%d] %s" % (self.code, self.args[0])
try:
    raise MyError("plain")
except MyError as e:
    print(type(e).__name__, e, e.args, repr(e))
try:
    raise CodeError("bad thing", 42)
except MyError as e:
    print(type(e).__name__, e.code, e.args, str(e))
try:
    raise CodeError("x", 1)
except Exception as e:
    print(isinstance(e, MyError), isinstance(e, CodeError), isinstance(e, ValueError))
class NoSuper(ValueError):
    def __init__(self, a, b):
        self.a = a
        self.b = b
e = NoSuper(1, 2)
print(e.args, e.a, e.b, str(e))
class WithAttrs(KeyError):
    extra = "class attr"
w = WithAttrs("k")
w.note = "n"
print(w.extra, w.note, str(w), w.args)
print(issubclass(CodeError, Exception), CodeError.__mro__)
try:
    try:
        raise MyError("inner")
    except MyError:
        raise CodeError("outer", 7)
except CodeError as e:
    print(e, type(e.__context__).__name__)
raise CodeError("final", 3)
