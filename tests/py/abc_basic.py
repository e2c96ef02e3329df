from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return f"{type(self).__name__} area={self.area()}"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
class Half(Shape):
    def area(self): return 0
print(sorted(Shape.__abstractmethods__), Sq.__abstractmethods__, sorted(Half.__abstractmethods__))
for C in (Shape, Half):
    try: C()
    except TypeError as e: print(e)
s = Sq(3)
print(s.describe(), s.perimeter(), isinstance(s, Shape), issubclass(Sq, Shape), isinstance(3, Shape))
class Iface(metaclass=ABCMeta):
    @abstractmethod
    def go(self): pass
class Impl: 
    def go(self): return "go"
Iface.register(Impl)
print(isinstance(Impl(), Iface), issubclass(Impl, Iface), issubclass(int, Iface))
@Iface.register
class Other: pass
print(issubclass(Other, Iface))
class Hooked(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hooked:
            return hasattr(C, 'quack')
        return NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hooked), isinstance(1, Hooked), issubclass(Duck, Hooked))
class P(ABC):
    @property
    @abstractmethod
    def name(self): ...
class PI(P):
    @property
    def name(self): return "pi"
try: P()
except TypeError as e: print(e)
print(PI().name)
class One(ABC):
    @abstractmethod
    def only(self): pass
try: One()
except TypeError as e: print(e)
print(type(Shape), Shape.__mro__[-2:])
class CM(ABC):
    @classmethod
    @abstractmethod
    def make(cls): ...
try: CM()
except TypeError as e: print(e)
class Concrete(ABC): pass
print(type(Concrete()).__name__)
try: Iface.register(3)
except TypeError as e: print(e)
