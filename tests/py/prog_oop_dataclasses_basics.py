from dataclasses import dataclass, field, asdict, astuple, replace, fields
from typing import List, Optional
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: List[str] = field(default_factory=list)
    def total(self) -> float: return self.price * self.qty
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    def __str__(self): return f"{self.major}.{self.minor}.{self.patch}"
i = Item("apple", 0.5, 10)
print(i, i.total(), asdict(i), astuple(i))
print(replace(i, qty=3), i == Item("apple", 0.5, 10), i == Item("apple", 0.5))
vs = [Version(1,2), Version(1,0,5), Version(0,9), Version(1,2,1)]
print(sorted(vs), max(vs), str(min(vs)), Version(1) < Version(1,0,1))
try:
    vs[0].major = 3
except Exception as e:
    print(type(e).__name__, e)
print(hash(Version(1,2)) == hash(Version(1,2)), {Version(1), Version(1)})
print([f.name for f in fields(Item)], Item.__dataclass_fields__['qty'].default)
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
    parent: Optional["Node"] = field(default=None, repr=False, compare=False)
    def add(self, v):
        n = Node(v, parent=self); self.children.append(n); return n
r = Node(1); c = r.add(2); c.add(3); r.add(4)
print(r)
@dataclass
class P:
    x: int
    y: int = field(init=False)
    def __post_init__(self): self.y = self.x * 2
print(P(3))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    Item()
except TypeError as e:
    print(e)
@dataclass(eq=False)
class E:
    a: int
print(E(1) == E(1), E(1).__eq__(E(1)))
print(Item.__init__.__annotations__ if hasattr(Item.__init__, '__annotations__') else None)
print(repr(Item.__repr__(i)))
