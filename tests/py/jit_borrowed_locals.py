# A list held by a fast local and updated in place (v[i] -= x): compiled
# code takes no reference of its own for the list while the statement runs
# (the local keeps it alive), and every exit taken meanwhile (a deopt on
# another type, an index out of range, a non-float item) gives the
# interpreter the references it expects. Object lifetimes (__del__ order)
# must be exactly CPython's.


def upd(v, x, n):
    for k in range(n):
        v[0] -= x
        v[1] += x * 2
        v[2] *= 1.5 if k % 7 else 0.5
    return v[0] + v[1]


class Vec:
    def __init__(self, name, n):
        self.name = name
        self.d = [0.0] * n

    def __getitem__(self, i):
        return self.d[i]

    def __setitem__(self, i, v):
        self.d[i] = v

    def __del__(self):
        print("del", self.name)


class LL(list):
    def __del__(self):
        print("del LL", len(self))


class Num:
    def __init__(self, x):
        self.x = x

    def __rsub__(self, o):
        return Num(o - self.x)

    def __radd__(self, o):
        return Num(o + self.x)

    def __rmul__(self, o):
        return Num(o * self.x)

    def __mul__(self, o):
        return Num(self.x * o)

    def __repr__(self):
        return "Num(%r)" % self.x

    def __del__(self):
        print("del Num")


def walrus(v, w):
    v[(v := w, 0)[1]] -= 1.0
    return v


def bodies(bs, dt):
    for (r, (vx, vy, vz), m) in bs:
        r[0] += dt * vx
        r[1] += dt * vy
        r[2] += dt * vz


lst = [1.0, 2.0, 3.0]
for rep in range(300):
    upd(lst, 0.5, 3)
print(lst)
v = Vec("a", 3)
print(upd(v, 0.25, 5))
print("before del")
del v
print("after del")
w = LL([1.0, 2.0, 3.0])
print(upd(w, 1.0, 9), w[:])
del w
print("LL gone")
short = [1.0, 2.0]
try:
    upd(short, 1.0, 4)
except IndexError as e:
    print("IndexError", e, short)
mixed = [1.0, 2.0, Num(3.0)]
print(upd(mixed, 1.0, 2), mixed)
del mixed
print("mixed gone")
s = ["a", 1.0, 2.0]
try:
    upd(s, 1.0, 2)
except TypeError as e:
    print("TypeError", e, s)
for rep in range(300):
    walrus([5.0], [7.0])
old = LL([5.0])
print(walrus(old, [9.0]), old[:])
del old
print("walrus done")
bs = [([0.0, 0.0, 0.0], (1.0, 2.0, 3.0), 1.0), ([1.0, 1.0, 1.0], (0.5, 0.5, 0.5), 2.0)]
for rep in range(400):
    bodies(bs, 0.01)
print(bs)
bs.append((LL([0.0, 0.0, 0.0]), (1, 2, 3), 3.0))
bodies(bs, 0.5)
print(bs[2][0][:])
del bs[2]
print("end")
