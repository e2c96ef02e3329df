from abc import ABC, abstractmethod
class Animal(ABC):
    @abstractmethod
    def speak(self): ...
    @property
    @abstractmethod
    def legs(self): ...
    def describe(self): return f"{type(self).__name__} says {self.speak()} on {self.legs} legs"
class Dog(Animal):
    def speak(self): return "woof"
    @property
    def legs(self): return 4
class Bird(Animal):
    def speak(self): return "tweet"
try:
    Animal()
except TypeError as e:
    print(e)
try:
    Bird()
except TypeError as e:
    print(e)
print(Dog().describe(), isinstance(Dog(), Animal), issubclass(Dog, Animal))
print(Animal.__abstractmethods__ == frozenset({'speak','legs'}), sorted(Bird.__abstractmethods__))
class Duck:
    def speak(self): return "quack"
Animal.register(Duck)
print(isinstance(Duck(), Animal), issubclass(Duck, Animal))
from collections.abc import Iterable, Sized, Mapping, Sequence, Hashable, Callable, Iterator, Container
class Bag:
    def __init__(self): self.items = []
    def __len__(self): return len(self.items)
    def __iter__(self): return iter(self.items)
    def __contains__(self, x): return x in self.items
print(isinstance(Bag(), Iterable), isinstance(Bag(), Sized), isinstance(Bag(), Container), isinstance(Bag(), Sequence))
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance(1, Hashable), isinstance([], Hashable), isinstance(len, Callable), isinstance(iter([]), Iterator))
from collections.abc import MutableMapping
class LowerDict(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k.lower()]
    def __setitem__(self, k, v): self._d[k.lower()] = v
    def __delitem__(self, k): del self._d[k.lower()]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
d = LowerDict(); d["A"] = 1; d["b"] = 2; d.update(C=3)
print(dict(d), d.get("a"), d.get("z", 0), "B" in d, list(d.items()), d.pop("c"), len(d), d.setdefault("Q", 7), sorted(d.keys()))
try:
    d["zz"]
except KeyError as e:
    print("KeyError", e)
