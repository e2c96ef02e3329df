# Slice reads and assignments of lists with small-int bounds: the fast
# paths that move a temporary's items (a[:k] = a[k-1::-1]), reuse dead
# lists, and the cases that must not take them (aliasing, shared right
# sides, other lengths, extended slices, errors, __del__ order).
import gc


class Noisy:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __del__(self):
        self.log.append(self.name)


def flips(perm):
    n = 0
    first = perm[0]
    while first:
        perm[:first + 1] = perm[first::-1]
        n += 1
        first = perm[0]
    return n


def rotate(p, r):
    head = p[0]
    p[:r] = p[1:r + 1]
    p[r] = head
    return p


def shapes(a):
    out = []
    b = a[:]
    b[:3] = b[2::-1]
    out.append(b)
    b = a[:]
    b[1:4] = b[6:3:-1]
    out.append(b)
    b = a[:]
    b[::-1] = b[:]
    out.append(b)
    b = a[:]
    b[:] = b
    out.append(b)
    b = a[:]
    b[::-1] = b
    out.append(b)
    b = a[:]
    b[2:5] = b[0:1]          # shorter
    out.append(b)
    b = a[:]
    b[2:3] = b[:4]           # longer
    out.append(b)
    b = a[:]
    b[5:2] = b[:2]           # insertion at 5
    out.append(b)
    b = a[:]
    b[-3:] = b[-1:-4:-1]
    out.append(b)
    b = a[:]
    b[100:] = b[:2]
    out.append(b)
    b = a[:]
    b[::2] = b[1::2]
    out.append(b)
    b = a[:]
    b[::-2] = b[:5]
    out.append(b)
    b = a[:]
    shared = b[3::-1]
    b[:4] = shared           # right side held twice: copied, not moved
    shared.append("kept")
    out.append(b)
    out.append(shared)
    b = a[:]
    b[4::-1] = b[:5]
    out.append(b)
    b = a[:]
    b[3:0:-1] = (b[1], b[2], b[3])
    out.append(b)
    b = a[:]
    b[:0] = b[:0]
    out.append(b)
    b = a[:]
    b[-100:-50] = b[-100:-50]
    out.append(b)
    return out


def errors(a):
    res = []
    b = a[:]
    try:
        b[::2] = b[:2]
    except ValueError as e:
        res.append(str(e))
    try:
        b[::-1] = b[:3]
    except ValueError as e:
        res.append(str(e))
    try:
        b[1:2] = 5
    except TypeError as e:
        res.append(str(e))
    res.append(b)
    return res


def del_order(step):
    log = []
    a = [Noisy(i, log) for i in range(6)]
    if step == 1:
        a[1:4] = [a[0], a[0], a[0]][0:3]
    elif step == -1:
        a[4:1:-1] = [a[5], a[5], a[5]][::1]
    elif step == 2:
        a[::2] = [a[1], a[1], a[1]][:]
    elif step == 3:
        del a[::2]
    elif step == 4:
        del a[::-2]
    else:
        del a[1:4]
    a = None
    return log


def main():
    total = 0
    for n in range(1, 9):
        for s in range(n):
            p = list(range(n))
            p = p[s:] + p[:s]
            total += flips(p)
    print("flips", total)
    p = list(range(8))
    for r in range(1, 8):
        rotate(p, r)
    print("rotate", p)
    base = list(range(10))
    for _ in range(3):
        for row in shapes(base):
            print(row)
    print(errors(base))
    for st in (1, -1, 2, 3, 4, 5):
        print("del", st, del_order(st))
    objs = [[i] * (i % 40) for i in range(200)]
    print(sum(len(x) for x in objs), [len(x[:]) for x in objs[35:45]])
    m = []
    for i in range(50):
        t = list(range(i % 7))
        t[:] = t[::-1]
        m.append(t)
    print(m[:9])
    big = list(range(100))
    small = big[:3]
    big = None
    small.append(9)
    print(small, [] + small[:0], list(range(3))[5:])


for _ in range(3):
    main()
