from __future__ import annotations
# PEP 563: under this future import annotations are not evaluated but kept
# as the text CPython's ast unparser writes, so forward references work.
from typing import Optional
class Node:
    def __init__(self, val: int, next: Optional[Node] = None) -> None:
        self.val = val
        self.next = next
    def append(self, other: Node) -> Node:
        return Node(self.val, other)
    def m(self, a: dict[str, list[int]], *args: int, b: int | None = None, **kw: "Any") -> tuple[int, ...]:
        pass
x: List[Node] = []
y: int
class C:
    attr: ClassVar[int] = 5
    other: Node
    z: Callable[[int, str], bool]
print(Node.__init__.__annotations__)
print(Node.append.__annotations__, Node.m.__annotations__)
print(__annotations__, C.__annotations__)
def f(a: 1 + 2 * 3, b: (1 + 2) * 3, c: -x ** 2, d: (-x) ** 2, e: a if b else c, f: lambda: 0, g: not a and b or c, h: a < b <= c,
      i: x[1:2, ::3], j: (1, 2), k: (), l: (1,), m: [1, 2], n: {1: 2}, o: {1, 2}, p: f(x, *y, z=1, **w), q: 'str', r: b"by", s: 1.5e300, t: 1e999,
      u: ..., v: x.y.z, w: 1 .real, aa: a @ b // c % d, bb: a << 1 | b & c ^ d, cc: ~a, dd: +a, ee: a is not b, ff: a not in b, gg: x[a, b], hh: x[(a, b)], ii: x[a:b], jj: 2 ** -1, kk: (a or b) and c, ll: 0x10, mm: 1_000, nn: 3j, oo: 'it''s', pp: "q\"uote\n"):
    pass
for k, v in f.__annotations__.items(): print(k, repr(v))
def g(a: lambda x, y=1, *z, k, w=2, **kw: x, b: lambda a, /, b: 0, c: lambda *, k: k, d: lambda **k: 1, e: lambda a, /: a, f: (lambda: 1) if x else 2):
    pass
for k, v in g.__annotations__.items(): print(k, repr(v))
