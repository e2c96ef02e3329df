import typing
from typing import *
print(repr(Optional[int]), repr(Union[int, str, None]), Union[int], repr(Callable[[int, str], bool]), Callable[..., int], Tuple[int, ...], Tuple[()], List, Dict[str, List[int]])
print(Literal[1, 'a'], ClassVar[int], Final[int], Annotated[int, 'meta'], Type[int], Iterable[int], Any, NoReturn, Optional[List[int]])
T = TypeVar('T'); K = TypeVar('K', bound=int); V = TypeVar('V', str, bytes, covariant=True)
print(T, K, V, List[T], List[T][int], Dict[str, T][int], T.__name__, K.__bound__, V.__constraints__)
class Box(Generic[T]):
    def __init__(self, v: T) -> None: self.v = v
    def get(self) -> T: return self.v
print(Box[int], Box[int](3).v, Box.__parameters__, Box[int].__origin__, get_args(Box[int]), get_origin(List[int]), get_origin(Box[int]))
try: Box[int, str]
except TypeError as e: print(e)
try: List()
except TypeError as e: print(e)
try: isinstance(1, List[int])
except TypeError as e: print(e)
print(isinstance([], List), isinstance({}, Dict), isinstance(1, Union[int, str]), isinstance([], Iterable), issubclass(list, Sequence))
print(int | str, int | None, list[int] | None, isinstance(3, int | str), isinstance(3.0, int | str))
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], hash(List[int]) == hash(List[int]))
N = NewType('N', int); print(N(5), N, N.__name__)
print(get_type_hints(Box.__init__), Box.__mro__)
print(repr(Any))
print(Union[int, Union[str, float]], Union[int, int])
print(repr(typing.Text), typing.AnyStr, typing.Sequence, typing.Mapping[str, int], typing.Generator[int, None, None], typing.Counter[str])
class Pt(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return abs(self.x) + abs(self.y)
p = Pt(3, -4)
print(p, p.norm(), Pt(1), p._asdict(), Pt._fields, Pt.__annotations__, isinstance(p, tuple))
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1))
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='Blade Runner', year=1982)
print(m, type(m), Movie.__required_keys__ == {'name', 'year'}, Movie.__total__)
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer))
class NotRT(Protocol):
    def meth(self) -> int: ...
try: isinstance(F(), NotRT)
except TypeError as e: print(e)
try: NotRT()
except TypeError as e: print(e)
def f(x: int, y: 'str' = 'a', *args: Any, **kw: Dict[str, int]) -> Optional[List[int]]:
    return None
print(f.__annotations__)
print(get_type_hints(f))
print(cast(int, "x"), cast('List[int]', 5), TYPE_CHECKING)
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(g(3), g("s"))
@final
class Fin: pass
print(Fin.__final__, isinstance(3, SupportsInt), isinstance("x", SupportsInt), isinstance(3, SupportsIndex))
print(get_args(Callable[[int], str]), get_args(Optional[int]), get_args(Dict[str, int]), get_origin(Optional[int]) is Union)
print(get_origin(Annotated[int, 1]) is Annotated, get_args(Annotated[int, 1, 2]), get_args(int), get_origin(int))
class Stack(Generic[T]):
    def __init__(self) -> None: self.items: List[T] = []
    def push(self, item: T) -> None: self.items.append(item)
    def pop(self) -> T: return self.items.pop()
s = Stack[int](); s.push(1); s.push(2); print(s.pop(), s.items)
class Pair(Generic[K, V]): pass
print(Pair[int, str], Pair.__parameters__)
class Sub(Box[int]): pass
print(Sub.__mro__, Sub(5).get(), Sub.__orig_bases__)
class MyList(List[int]): pass
print(MyList.__mro__[:2], MyList([1, 2]))
print(Literal['a'] == Literal['a'], Type[Box], typing.Deque[int], typing.DefaultDict[str, int], typing.Set[int], typing.FrozenSet[str])
print(typing.Optional[Callable[[], None]], Callable[[], int])
try: Union[()]
except TypeError as e: print(e)
try: Generic[int]
except TypeError as e: print(e)
try: Any()
except TypeError as e: print(e)
try: isinstance(1, Any)
except TypeError as e: print(e)
