# x[lo:hi] = c[i:j:k] fused in compiled code (H_SLICE_COPY_STORE): in-place
# reversal and rotation of the same list, other lists, other lengths, steps,
# bounds outside the list, negative indices, non-int bounds, subclasses,
# __del__ order and a __del__ that mutates the list.


def flips(perm):
    first = perm[0]
    n = 0
    while first:
        perm[:first + 1] = perm[first::-1]
        n += 1
        first = perm[0]
    return n


def rotate(perm1, r):
    head = perm1[0]
    perm1[:r] = perm1[1:r + 1]
    perm1[r] = head


def rev_prefix(a, k):
    a[:k] = a[k - 1::-1]
    return a


def copy_other(x, c, i, j):
    x[i:j] = c[i:j]
    return x


def with_step(x, c, lo, hi, k):
    x[lo:hi] = c[::k]
    return x


def neg(a, k):
    a[-k:] = a[:-k - 1:-1]
    return a


def local_bounds(a, lo, hi):
    a[lo:hi] = a[hi - 1:lo - 1 if lo else None:-1]
    return a


def sub_bound(a, k):
    a[3:k - 1] = a[0:k - 4]
    return a


class L(list):
    pass


class D:
    log = []

    def __init__(self, name, target=None):
        self.name = name
        self.target = target

    def __del__(self):
        D.log.append(self.name)
        if self.target is not None:
            self.target.append(self.name)

    def __repr__(self):
        return "D(%s)" % self.name


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


def main():
    tot = 0
    for it in range(300):
        p = [(it * 7 + j * 3) % 8 for j in range(8)]
        p = list(dict.fromkeys(p + list(range(8))))
        tot += flips(p)
        q = list(range(9))
        for r in range(1, 8):
            rotate(q, r)
        tot += q[0] * 10 + q[-1]
        tot += sum(rev_prefix(list(range(10)), it % 12))
        tot += len(copy_other([1, 2, 3, 4, 5], [9, 8, 7, 6], it % 3, it % 7))
        tot += sum(with_step(list(range(10)), list(range(20)), it % 5, it % 5 + 10 // (1 + it % 3), 1 + it % 3))
        tot += sum(neg(list(range(7)), it % 9))
        tot += sum(local_bounds(list(range(12)), it % 4, 4 + it % 9))
        tot += sum(sub_bound(list(range(10)), it % 14))
    print("tot", tot)

    print(rev_prefix([1, 2, 3, 4, 5], 3), rev_prefix([1, 2], 5), rev_prefix([1, 2, 3], -1), rev_prefix([], 2))
    print(rotate([1, 2, 3, 4], 3) or "rot")
    big = list(range(100))
    print(rev_prefix(big, 90)[:12], rev_prefix(list(range(70)), 70)[:5])
    print(copy_other(list(range(5)), list(range(100, 110)), 2, 100))
    print(copy_other(list(range(5)), list(range(100, 110)), -3, -1))
    print(with_step(list(range(6)), list(range(6)), 0, 3, 2), with_step(list(range(6)), list(range(6)), 1, 4, -2))
    print(with_step(list(range(6)), [7, 8], 0, 6, 1))
    print(neg(list(range(5)), 2), neg(list(range(5)), 0), neg(list(range(5)), 9))
    print(local_bounds(list(range(6)), None, None) if False else local_bounds(list(range(6)), 1, 4))
    print(sub_bound(list(range(8)), 2 ** 70 if False else 9), sub_bound(list(range(8)), 100))
    # a list subclass on either side; non-int bounds; big ints
    s = L(range(6))
    print(rev_prefix(s, 4), type(s).__name__)
    print(copy_other(L([1, 2, 3]), [4, 5, 6, 7], 0, 2), copy_other([1, 2, 3], L([4, 5, 6, 7]), 1, 3))
    print(rev_prefix(list(range(6)), Idx(3)) if False else copy_other(list(range(6)), list(range(10, 16)), Idx(1), Idx(4)))
    print(copy_other(list(range(6)), list(range(10, 16)), None, 2), copy_other(list(range(6)), list(range(10, 16)), True, 3))
    try:
        rev_prefix([1, 2, 3], 1.5)
    except TypeError as e:
        print("TypeError", e)
    try:
        copy_other([1, 2], (1, 2, 3), 0, 2)
    except Exception as e:
        print(type(e).__name__, e)
    print(copy_other([1, 2], "abcdef", 0, 2))
    print(sub_bound(list(range(8)), 2 ** 62), sub_bound(list(range(8)), -2 ** 62))
    try:
        with_step(list(range(6)), list(range(6)), 0, 6, 0)
    except ValueError as e:
        print("ValueError", e)
    try:
        with_step(list(range(6)), list(range(6)), 0, 2, 2)
    except ValueError as e:
        print("ValueError", e)
    # release order and a __del__ that mutates the list being assigned
    D.log = []
    a = [D("a"), D("b"), D("c"), D("d")]
    rev_prefix(a, 3)
    print(a, D.log)
    a = [D("a"), D("b"), D("c")]
    copy_other(a, [D("x"), D("y"), D("z")], 0, 3)
    print(D.log)
    D.log = []
    a = [0, 1, 2, 3]
    a[1] = D("m", a)
    a[2] = D("n", a)
    copy_other(a, [7, 8, 9, 10], 0, 4)
    print(a, D.log)
    D.log = []
    a = [0, 1, 2]
    a[1] = D("p", a)
    rotate(a, 2)
    print(len(a), D.log)
    # aliasing: the source list is the target, other slots
    a = list(range(10))
    copy_other(a, a, 2, 6)
    print(a)
    a = list(range(10))
    a[2:5] = a[3:6]
    print(a)


main()
