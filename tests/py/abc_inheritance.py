from abc import ABC, ABCMeta, abstractmethod, abstractproperty, get_cache_token
class Base(ABC):
    @abstractmethod
    def run(self): return "base-run"
    @property
    @abstractmethod
    def kind(self): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
    def template(self): return f"{self.kind}:{self.run()}:{self.helper()}"
class Partial(Base):
    def run(self): return "partial " + super().run()
class Full(Partial):
    kind = "full"
    @staticmethod
    def helper(): return "h"
print(sorted(Base.__abstractmethods__), sorted(Partial.__abstractmethods__), Full.__abstractmethods__)
for cls in (Base, Partial):
    try:
        cls()
    except TypeError as e:
        print(e)
print(Full().template())
class Mixin:
    def extra(self): return "extra"
class Combo(Mixin, Full): pass
print(Combo().extra(), isinstance(Combo(), Base), issubclass(Combo, Mixin), Combo.__mro__[1].__name__)
class Registry(metaclass=ABCMeta): pass
class Impl1: pass
class Impl2(Impl1): pass
Registry.register(Impl1)
print(issubclass(Impl2, Registry), isinstance(Impl2(), Registry), issubclass(int, Registry))
token = get_cache_token()
Registry.register(int)
print(get_cache_token() > token, isinstance(5, Registry), isinstance(True, Registry))
class Later(ABC):
    @abstractmethod
    def m(self): ...
class Conc(Later):
    def m(self): return 1
Conc.m2 = lambda self: 2
print(Conc().m(), Conc().m2())
class Meta2(ABCMeta):
    def __new__(mcls, name, bases, ns):
        ns.setdefault("tag", name.lower())
        return super().__new__(mcls, name, bases, ns)
class Tagged(metaclass=Meta2):
    @abstractmethod
    def f(self): ...
class TaggedImpl(Tagged):
    def f(self): return self.tag
print(TaggedImpl().f(), type(TaggedImpl).__name__)
try:
    Tagged()
except TypeError as e:
    print(e)
class Old(ABC):
    @abstractproperty
    def value(self): ...
try:
    Old()
except TypeError as e:
    print(e)
class WithInit(ABC):
    def __init__(self, v): self.v = v
    @abstractmethod
    def get(self): ...
class WI(WithInit):
    def get(self): return self.v * 2
print(WI(21).get())
try:
    WithInit(1)
except TypeError as e:
    print(e)
