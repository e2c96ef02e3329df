# Subclasses of ExceptionGroup: derive() overrides decide the type of split parts.
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message, excs)
e = MyEG("mine", [ValueError(1), TypeError(2)])
print(repr(e), str(e), isinstance(e, Exception))
m, r = e.split(ValueError)
print(repr(m), repr(r), type(m).__name__)
class Plain(ExceptionGroup): pass
p = Plain("p", [ValueError(1), TypeError(2)])
print(repr(p.subgroup(ValueError)))
try:
    raise MyEG("x", [ValueError(1), KeyError(2)])
except* ValueError as v:
    print("v", repr(v))
except* KeyError as k:
    print("k", repr(k))
class WithInit(ExceptionGroup):
    def __new__(cls, msg, excs, code):
        self = super().__new__(cls, msg, excs)
        self.code = code
        return self
    def derive(self, excs):
        return WithInit(self.message, excs, self.code)
w = WithInit("w", [ValueError()], 42)
print(w.message, w.code, w.subgroup(ValueError).code, type(w.subgroup(ValueError)).__name__)
for i in range(20000):
    try:
        raise ExceptionGroup("g", [ValueError(i), TypeError(i)])
    except* ValueError:
        pass
    except* TypeError:
        pass
print("loop done")
