# BaseException instances expose their attribute dict as __dict__.
e = Exception("a")
print(e.__dict__)
e.custom = 1
e.other = [2]
print(e.__dict__, vars(e))
class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
a = AppError("boom", 7)
print(a.__dict__, a.args, vars(a) is a.__dict__)
a.__dict__["extra"] = "x"
print(a.extra)
