# isinstance(x, (A, B, ...)) in hot code: the specialised form handles
# exact tuples of plain classes; ABCs, nested tuples, bad items and
# instances reporting another __class__ go the full way.
from collections.abc import Sequence, Mapping


class A:
    pass


class B(A):
    pass


class Proxy:
    @property
    def __class__(self):
        return int


class Getattr:
    def __getattr__(self, name):
        raise AttributeError(name)


vals = [1, "a", 2.0, [], (), {}, True, None, A(), B(), Proxy(), Getattr(), 10 ** 30]


def count(classes, reps):
    n = 0
    for _ in range(reps):
        for v in vals:
            if isinstance(v, classes):
                n += 1
    return n


for classes in [(int, float), (str,), (A,), (B, A), (), (list, tuple, dict),
                (Sequence,), (int, (str, (list,))), (Mapping, bool), int, A]:
    print(classes if not isinstance(classes, tuple) else len(classes), count(classes, 3000))


def bad(reps):
    out = []
    for v in (1, "s", A()):
        for _ in range(reps):
            try:
                r = isinstance(v, (int, 5))
            except TypeError as e:
                r = str(e)
        out.append(r)
    return out


print(bad(2000))
print([isinstance(Proxy(), (str, int)), isinstance(Proxy(), (str, float)), isinstance(B(), (int, A))])
