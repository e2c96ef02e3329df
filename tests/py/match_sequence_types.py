# Which subjects match sequence patterns: list, tuple, range, deque and
# their subclasses; never str, bytes, dicts, sets, iterators or generators.
from collections import deque

def is_seq(x):
    match x:
        case [*_]:
            return True
    return False

class MyList(list):
    pass

class MyTuple(tuple):
    __slots__ = ()

def gen():
    yield 1

subjects = [
    [], (), [1], (1, 2), range(3), range(0), deque([1, 2]), MyList([1]),
    MyTuple((1,)), "", "abc", b"abc", {}, {1: 2}, set(), frozenset(),
    iter([1]), gen(), 5, None, 1.5,
]
for s in subjects:
    print(type(s).__name__, is_seq(s))

match deque([1, 2, 3]):
    case [first, *rest]:
        print("deque:", first, rest)

match range(10, 20, 3):
    case [a, b, *_, z]:
        print("range:", a, b, z)

match "ab":
    case [x, y]:
        print("wrong: str matched")
    case str(s):
        print("str is not a sequence here:", s)

match MyList([1, 2]):
    case [a, b]:
        print("list subclass:", a, b)
