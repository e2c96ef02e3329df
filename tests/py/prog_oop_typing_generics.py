from typing import Generic, TypeVar, Protocol, NamedTuple, TypedDict, Optional, Union, Any, Callable, Iterator, ClassVar, Final, Literal, overload, runtime_checkable, get_type_hints, cast
T = TypeVar("T"); K = TypeVar("K")
class Stack(Generic[T]):
    def __init__(self) -> None: self.items: list[T] = []
    def push(self, x: T) -> None: self.items.append(x)
    def pop(self) -> T: return self.items.pop()
    def __repr__(self): return f"Stack({self.items})"
s: Stack[int] = Stack[int](); s.push(1); s.push(2); print(s, s.pop(), Stack[int], Stack.__parameters__ if hasattr(Stack, "__parameters__") else None)
class Pt(NamedTuple):
    x: int
    y: int = 0
    def dist(self) -> float: return (self.x**2 + self.y**2) ** .5
print(Pt(3, 4), Pt(3, 4).dist(), Pt(1), Pt._fields, Pt.__annotations__, Pt(1)._replace(y=5))
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "x", "year": 1}; print(m, Movie.__annotations__ if hasattr(Movie, "__annotations__") else "")
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer))
def f(a: int, b: "str" = "x", *args: Any, c: Optional[int] = None, **kw: Union[int, str]) -> list[int]: return []
print(f.__annotations__)
print(get_type_hints(f))
print(Optional[int], Union[int, str], Callable[[int], str], Iterator[int], list[int] | None, int | str, Literal["a", 1], Any, dict[str, list[int]])
class Cfg:
    MAX: ClassVar[int] = 10
    name: str
    x: Final = 3
print(Cfg.__annotations__, cast(int, "x"))
print(T, K.__name__, type(T))
def first(xs: list[T]) -> T: return xs[0]
print(first([5]))
from dataclasses import dataclass, field, KW_ONLY
@dataclass(slots=True)
class SP:
    a: int
    b: int = 2
print(SP(1), SP.__slots__, hasattr(SP(1), "__dict__"))
@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 1
print(KW(a=3))
try: KW(3)
except TypeError as e: print(e)
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int = 1
print(Mixed(1, c=5))
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(hash=False, compare=False, default=None)
print(hash(H(1)) == hash(H(1)), H(1) == H(1, [2]))
@dataclass
class Inv:
    items: dict = field(default_factory=dict)
    def add(self, k, n=1): self.items[k] = self.items.get(k, 0) + n; return self
print(Inv().add("a").add("b", 3).add("a"))
try:
    @dataclass
    class Bad: x: list = []
except ValueError as e: print(e)
