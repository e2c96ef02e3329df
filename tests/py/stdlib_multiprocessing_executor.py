# concurrent.futures.ProcessPoolExecutor on fork
import concurrent.futures as cf
from concurrent.futures import ProcessPoolExecutor, as_completed, wait
import multiprocessing as mp
import os


def cube(x):
    return x ** 3


def div(a, b):
    return a // b


def slow_sum(n):
    s = 0
    for i in range(n):
        s += i % 13
    return s


def name_prefix(_):
    return mp.current_process().name.split("-")[0]


def init(v):
    global base
    base = v


base = 0


def plus_base(x):
    return base + x


def pid(_):
    return os.getpid()


class Boom(Exception):
    pass


def boom(msg):
    raise Boom(msg)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(cube, range(8))))
        print(list(ex.map(div, [10, 20, 30], [2, 5, 7], chunksize=2)))
        print(list(ex.map(cube, range(10), chunksize=4)))
        fs = [ex.submit(slow_sum, n) for n in (1000, 20000, 300)]
        print(sorted(f.result(timeout=10) for f in as_completed(fs)))
        print([f.result() for f in fs], all(f.done() for f in fs))
        f = ex.submit(boom, "kaboom")
        e = f.exception(timeout=10)
        print(type(e).__name__, e, type(e.__cause__).__name__)
        try:
            f.result()
        except Boom as e:
            print("Boom raised:", e)
        f = ex.submit(div, 1, 0)
        try:
            f.result()
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
        it = ex.map(div, [4, 5, 6], [2, 0, 3])
        print(next(it))
        try:
            next(it)
        except ZeroDivisionError as e:
            print("map ZeroDivisionError:", e)
        done, not_done = wait([ex.submit(cube, i) for i in range(5)])
        print(sorted(f.result() for f in done), len(not_done))
        done, not_done = wait([ex.submit(cube, 2), ex.submit(slow_sum, 10)],
                              return_when=cf.FIRST_COMPLETED, timeout=10)
        print(len(done) >= 1)
        got = []
        f = ex.submit(cube, 3)
        f.add_done_callback(lambda fut: got.append(fut.result()))
        f.result()
        print(got)
        print(set(ex.map(name_prefix, range(6))))
        try:
            ex.submit(lambda: 1).result()
        except Exception as e:
            print(type(e).__name__, str(e).startswith("Can't pickle <function <lambda>"))
    try:
        ex.submit(cube, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    with ProcessPoolExecutor(2, initializer=init, initargs=(1000,)) as ex:
        print(list(ex.map(plus_base, [1, 2, 3])))
    ex = ProcessPoolExecutor(1, max_tasks_per_child=1)
    pids = list(ex.map(pid, range(3)))
    print(len(set(pids)))
    ex.shutdown()
    ex = ProcessPoolExecutor(2)
    fs = [ex.submit(cube, i) for i in range(6)]
    ex.shutdown(wait=True)
    print([f.result() for f in fs])
    try:
        ProcessPoolExecutor(0)
    except ValueError as e:
        print("ValueError:", e)
    print(mp.active_children())
    print("end")
