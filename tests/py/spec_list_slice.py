# list[a:b(:c)] read and assigned with small-int/None bounds skips building
# the slice object; everything else (other containers, big or non-int
# bounds, a zero step, list subclasses, errors) takes the generic path.
import sys


class L(list):
    def __getitem__(self, k):
        return ("sub", k if not isinstance(k, slice) else (k.start, k.stop, k.step))

    def __setitem__(self, k, v):
        print("setitem", k, v)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


def reads(seq):
    out = []
    n = 7
    for i in range(-3, 4):
        try:
            out.append(seq[i:])
            out.append(seq[:i])
            out.append(seq[i:n])
            out.append(seq[::-1])
            out.append(seq[i::2])
            out.append(seq[n:i:-1])
            out.append(seq[:])
            out.append(seq[None:None:i])
        except ValueError as e:
            out.append("ValueError: %s" % e)
    return out


base = list(range(10))
for _ in range(3):
    r = reads(base)
print(r[:16])
print(r[-8:])
print(reads((1, 2, 3, 4))[:8])
print(reads("abcdefg")[:8])
print(reads(L([1, 2, 3]))[:8])
print(base[Idx(2):Idx(5)], base[2 ** 70:], base[-2 ** 70:3], base[1:sys.maxsize:3])
try:
    base["a":]
except TypeError as e:
    print("TypeError", e)


def writes(target, k):
    for i in range(k):
        target[:i + 1] = target[i::-1]
    target[1:3] = []
    target[::2] = target[::2][::-1]
    target[:0] = (9, 9)
    target[len(target):] = "xy"
    return target


for _ in range(3):
    w = writes(list(range(8)), 6)
print(w)
print(writes(L([1, 2]), 2))
t = list(range(6))
try:
    t[::2] = [1]
except ValueError as e:
    print("ValueError", e)
try:
    t[1:2] = 5
except TypeError as e:
    print("TypeError", e)
try:
    t[::0] = []
except ValueError as e:
    print("ValueError", e)
t[2:4] = t
print(t)
t[:] = range(3)
print(t)
d = {}
try:
    d[1:2] = 3
except TypeError as e:
    print("TypeError", e)


class Del:
    def __init__(self, n, owner):
        self.n = n
        self.owner = owner

    def __del__(self):
        print("del", self.n, len(self.owner))


owner = []
owner.extend(Del(i, owner) for i in range(3))
owner[0:2] = [1]
print(len(owner))
owner[:] = []
print(owner)
