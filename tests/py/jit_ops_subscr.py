# Subscripts in hot loops: list/tuple/dict/str, negative indexes, errors
# caught, stores, deletes, slices.

def reads():
    lst = list(range(10))
    tup = tuple("abcdefghij")
    d = {i: i * i for i in range(10)}
    s = "0123456789"
    acc = 0
    chars = []
    for i in range(3000):
        k = i % 10
        acc += lst[k] + lst[-1 - k] + d[k]
        if i % 500 == 0:
            chars.append(tup[k] + tup[-k - 1] + s[k] + s[-1])
    print(acc, chars)
    caught = 0
    for i in range(2000):
        k = i % 13
        try:
            acc -= lst[k] + lst[-k]
        except IndexError as e:
            caught += 1
            m1 = str(e)
        try:
            t = tup[k - 13]
        except IndexError as e:
            caught += 1
            m2 = str(e)
        try:
            acc += d[k]
        except KeyError as e:
            caught += 1
            m3 = repr(e)
    print(acc, caught, m1, m2, m3)
    big = [0] * 5
    try:
        for i in range(2000):
            big[i % 5] += big[(i + 1) % 5] + 1
        big[2 ** 70]
    except IndexError as e:
        print(big[0] % 1000, e)

class Missing(dict):
    def __missing__(self, k):
        return -k

class Seq:
    def __getitem__(self, i):
        if i >= 5: raise IndexError(i)
        return i * 10
    def __setitem__(self, i, v):
        self.last = (i, v)
    def __delitem__(self, i):
        self.deleted = i

def user_types():
    m = Missing(a=1)
    q = Seq()
    tot = 0
    for i in range(2000):
        tot += m[i % 7] if i % 3 else m["a"]
        tot += q[i % 5]
        q[i] = i * 2
        if i % 100 == 0:
            del q[i]
    print(tot, q.last, q.deleted, list(q))
    x = [[1, 2], (3, 4), {"k": [5, 6]}, "xy"]
    out = []
    for i in range(1200):
        v = x[i % 4]
        out.append(v[1] if i % 4 != 2 else v["k"][-1])
    print(out[-8:])

def writes():
    lst = [0] * 16
    d = {}
    for i in range(4000):
        lst[i % 16] = lst[i % 16] + i
        lst[-(i % 16) - 1] -= 1
        d[i % 50] = d.get(i % 50, 0) + i
        d[("t", i % 3)] = i
    print(lst, sum(d.values()), d[("t", 2)], len(d))
    errs = []
    for i in range(1500):
        try:
            lst[i % 20] = i
        except IndexError as e:
            errs.append(str(e))
        try:
            d[[i]] = 1
        except TypeError as e:
            errs.append(str(e))
    print(len(errs), errs[:2])
    t = (1, 2)
    try:
        for i in range(1000):
            if i == 999:
                t[0] = 5
    except TypeError as e:
        print(e)
    rm = list(range(2000))
    dd = {i: i for i in range(2000)}
    for i in range(1000):
        del rm[-1]
        del dd[i * 2]
    print(len(rm), rm[-1], len(dd), sum(dd) % 1000)
    try:
        for i in range(10):
            del dd[i * 2]
    except KeyError as e:
        print("KeyError", e)
    ss = [1, 2, 3]
    for i in range(500):
        ss[1:2] = [i, i]
        del ss[0:1]
    print(len(ss), ss[:3])

def slices():
    s = "abcdefghijklmnopqrstuvwxyz"
    l = list(range(30))
    out = []
    for i in range(2000):
        a = i % 7
        b = -(i % 5) - 1
        r = s[a:b] + s[::a + 1] + s[b:a:-1]
        t = l[a:b:2]
        if i % 333 == 0:
            out.append((r, t[:3], s[a:], s[:b], l[None:a]))
    print(out)
    try:
        for i in range(1000):
            x = l[::i % 3]
    except ValueError as e:
        print(i, e)

reads()
user_types()
writes()
slices()
