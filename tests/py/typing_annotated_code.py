# A typical annotated program: the annotations are evaluated at definition
# time and must not get in the way.
from typing import (Any, Callable, Dict, Generic, Iterable, Iterator, List, Mapping,
                    NamedTuple, Optional, Protocol, Sequence, Set, Tuple, TypeVar, Union,
                    cast, overload, TYPE_CHECKING, Final, Literal, get_type_hints)
import typing

if TYPE_CHECKING:
    import not_a_real_module

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
MAX: Final = 10
Mode = Literal["r", "w"]

class Vector(NamedTuple):
    x: float
    y: float
    def __add__(self, other: "Vector") -> "Vector":
        return Vector(self.x + other.x, self.y + other.y)

class Cache(Generic[K, V]):
    def __init__(self) -> None:
        self._data: Dict[K, V] = {}
    def put(self, key: K, value: V) -> None:
        self._data[key] = value
    def get(self, key: K, default: Optional[V] = None) -> Optional[V]:
        return self._data.get(key, default)
    def __len__(self) -> int:
        return len(self._data)

class SupportsArea(Protocol):
    def area(self) -> float: ...

class Sq:
    def __init__(self, s: float) -> None:
        self.s = s
    def area(self) -> float:
        return self.s * self.s

def total_area(shapes: Iterable[SupportsArea]) -> float:
    return sum(s.area() for s in shapes)

def apply(f: Callable[[int], int], xs: Sequence[int]) -> List[int]:
    return [f(x) for x in xs]

def first(xs: Sequence[T]) -> T:
    return xs[0]

def pairs(m: Mapping[str, int]) -> Iterator[Tuple[str, int]]:
    yield from sorted(m.items())

def parse(v: Union[int, str, None]) -> int:
    if v is None:
        return 0
    return int(v)

@overload
def dbl(x: int) -> int: ...
@overload
def dbl(x: str) -> str: ...
def dbl(x: Any) -> Any:
    return x * 2

def open_mode(m: Mode) -> str:
    return m

c: Cache[str, int] = Cache()
c.put("a", 1)
c.put("b", 2)
print(len(c), c.get("a"), c.get("z"), c.get("z", -1))
print(Vector(1, 2) + Vector(3, 4), Vector._fields)
print(total_area([Sq(2), Sq(3)]))
print(apply(lambda v: v * v, [1, 2, 3]), first("xyz"), list(pairs({"b": 2, "a": 1})))
print(parse("7"), parse(None), parse(3), dbl(4), dbl("ab"), open_mode("r"), MAX)
print(cast(List[int], [1]), cast("Set[str]", {"x"}))
print(dbl.__name__ if hasattr(dbl, "__name__") else None)
print(parse.__annotations__)
print(get_type_hints(parse, globals()))
names: List[str] = []
names.append("n")
counts: Dict[str, int] = {n: len(n) for n in names}
print(names, counts, __annotations__)
def f(a: "Cache[int, str]", *args: int, b: Optional[int] = None, **kw: Any) -> None: pass
print(f.__annotations__)
print(typing.get_origin(Cache[int, str]), typing.get_args(Cache[int, str]))
