# multiprocessing.Pool on fork: map/imap/starmap/apply_async, errors, initializer
import multiprocessing as mp
import os
import time


def square(x):
    return x * x


def add(a, b):
    return a + b


def fail_on(x):
    if x == 7:
        raise ValueError("bad value %d" % x)
    return x


def worker_name(_):
    return mp.current_process().name


_offset = 0


def set_offset(n):
    global _offset
    _offset = n


def with_offset(x):
    return x + _offset


def pid_of(_):
    return os.getpid()


class Custom(Exception):
    pass


def raise_custom(msg):
    raise Custom(msg)


def kw(a, b=0, *, c=0):
    return (a, b, c)


import collections
Point = collections.namedtuple("Point", "x y")


def identity(x):
    return x


def slow(x):
    time.sleep(0.2)
    return x


def total(n):
    s = 0
    for i in range(n):
        s += i * i % 7
    return s


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(pool.map(square, range(10)))
        print(pool.map(square, range(20), chunksize=3))
        print(pool.map(square, []))
        print(list(pool.imap(square, range(8))))
        print(list(pool.imap(square, iter(range(9)), chunksize=4)))
        print(sorted(pool.imap_unordered(square, range(8))))
        print(sorted(pool.imap_unordered(square, range(11), chunksize=3)))
        print(pool.starmap(add, [(1, 2), (3, 4), (5, 6)]))
        print(pool.starmap_async(add, zip(range(5), range(5))).get(timeout=10))
        print(pool.apply(add, (2, 3)))
        print(pool.apply(kw, (1,), {"b": 2, "c": 3}))
        r = pool.apply_async(square, (12,))
        print(r.get(timeout=10), r.ready(), r.successful())
        got = []
        r = pool.apply_async(square, (5,), callback=got.append)
        r.wait(10)
        print(r.ready(), got)
        errs = []
        r = pool.apply_async(raise_custom, ("oops",), error_callback=errs.append)
        r.wait(10)
        print(r.ready(), r.successful(), [(type(e).__name__, str(e)) for e in errs])
        try:
            r.get()
        except Custom as e:
            print("Custom raised:", e, type(e.__cause__).__name__)
        mres = pool.map_async(square, range(6), callback=got.append)
        print(mres.get(10), got[-1])
        try:
            pool.map(fail_on, range(10))
        except ValueError as e:
            print("ValueError:", e)
        it = pool.imap(fail_on, range(10))
        out = []
        try:
            for v in it:
                out.append(v)
        except ValueError as e:
            print("imap stopped at", out, "with", e)
        try:
            pool.map(lambda x: x, [1, 2])
        except Exception as e:
            print(type(e).__name__, str(e).startswith("Can't pickle <function <lambda>"))
        print(set(pool.map(worker_name, range(40), chunksize=1)) <= {"ForkPoolWorker-1", "ForkPoolWorker-2"})
        print(pool.map(total, [1000, 2000, 3000]))
        values = [Point(1, 2), bytearray(b"ab"), [[[1]]], {"k": (1, [2, {3}])},
                  collections.OrderedDict(a=1), {1.5, "s"}, frozenset([2]), 10 ** 40,
                  True, None, 2.5j, b"\x00", "\u20ac", (Point(3, 4),), [bytearray(b"z")],
                  {"p": Point(0, 0)}, float("inf"), -0.0]
        back = pool.map(identity, values, chunksize=4)
        print(back == values, [type(v).__name__ for v in back])
        print(pool.apply(identity, (Point(5, 6),)), pool.apply(identity, ([(1, 2)] * 3,)))
        big = list(range(20000))
        print(pool.apply(sum, (big,)), len(pool.map(identity, [big, big])))
        print(repr(pool).startswith("<multiprocessing.pool.Pool state=RUN pool_size=2"))
    with mp.Pool(1) as pool:
        r = pool.apply_async(slow, (1,))
        try:
            r.get(timeout=0.01)
        except mp.TimeoutError:
            print("TimeoutError", r.ready())
        print(r.get(10))
        it = pool.imap(slow, [2])
        try:
            it.next(timeout=0.01)
        except mp.TimeoutError:
            print("imap TimeoutError")
        print(next(it), list(it))
    with mp.Pool(3, initializer=set_offset, initargs=(100,)) as pool:
        print(pool.map(with_offset, range(5)))
    pool = mp.Pool(2, maxtasksperchild=2)
    pids = pool.map(pid_of, range(12), chunksize=1)
    print(len(set(pids)) >= 6)
    pool.close()
    pool.join()
    try:
        pool.map(square, [1])
    except ValueError as e:
        print("ValueError:", e)
    try:
        mp.Pool(0)
    except ValueError as e:
        print("ValueError:", e)
    p = mp.Pool(1)
    try:
        p.join()
    except ValueError as e:
        print("ValueError:", e)
    p.terminate()
    p.join()
    print(mp.active_children())
    from multiprocessing.pool import ThreadPool
    with ThreadPool(3) as tp:
        seen = []
        print(tp.map(lambda x: seen.append(x) or x * 3, range(5)), sorted(seen))
    print("done")
