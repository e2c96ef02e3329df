from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, InitVar, make_dataclass, is_dataclass
from typing import List, ClassVar, Optional

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
    secret: str = field(default="s", repr=False, compare=False)

    def total(self, qty: int) -> float:
        return self.price * qty

i = Item("pen", 1.5)
print(i, i.total(4), Item.count, [f.name for f in fields(Item)])
print(i == Item("pen", 1.5, secret="other"), i == Item("pen", 2.0))

@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 2
    y: int = field(init=False)
    def __post_init__(self, scale):
        self.y = self.x * scale
w = WithInit(5)
print(w, WithInit(5, 10).y, [f.name for f in fields(WithInit)])

@dataclass(order=True)
class Card:
    rank: int
    suit: str = field(compare=False)
cards = [Card(10, "h"), Card(2, "s"), Card(7, "d"), Card(2, "c")]
print(sorted(cards), Card(2, "x") == Card(2, "y"), Card(3, "a") > Card(2, "z"))

@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float
    def moved(self, d):
        return replace(self, lat=self.lat + d)
c = Coord(1.0, 2.0)
print(c, c.moved(0.5), hash(c) == hash(Coord(1.0, 2.0)), {c: "here"}[Coord(1.0, 2.0)])
for attr in ("lat", "new"):
    try:
        setattr(c, attr, 9)
    except FrozenInstanceError as e:
        print("frozen:", e)

@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: Optional["Node"] = field(default=None, repr=False, compare=False)
root = Node(1)
kid = Node(2)
root.children.append(kid)
print(root, asdict(root), astuple(root))

@dataclass
class Base:
    a: int = 1
    def describe(self): return f"{type(self).__name__}:{self.a}"
@dataclass
class Child(Base):
    b: str = "x"
    a: int = 5
print(Child(), Child(2, "y").describe(), Child.__init__.__qualname__, [f.name for f in fields(Child)])

P = make_dataclass("P", ["x", ("y", int, field(default=0))], namespace={"norm": lambda self: abs(self.x) + abs(self.y)})
p = P(3, -4)
print(p, p.norm(), is_dataclass(P))

@dataclass(init=False)
class Manual:
    v: int
    def __init__(self, raw):
        self.v = int(raw)
print(Manual("12"))

@dataclass(eq=True, unsafe_hash=True)
class Key:
    k: str
print(len({Key("a"), Key("a"), Key("b")}))

@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty(), fields(Empty), asdict(Empty()))

try:
    replace(w, y=3)
except ValueError as e:
    print(e)
try:
    @dataclass(order=True, eq=False)
    class Bad: x: int
except ValueError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        x: int = field(default=1, default_factory=int)
except ValueError as e:
    print(e)
print(repr(field(default=3).default), Item.__dataclass_params__.order, Card.__dataclass_params__.order)
