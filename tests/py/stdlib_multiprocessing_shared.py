# multiprocessing: Pipe, Value/Array, Lock/RLock/Semaphore/Event/Condition/Barrier
import multiprocessing as mp
from multiprocessing import connection


def echo(conn):
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            break
        if msg == "bytes":
            conn.send_bytes(conn.recv_bytes() + b"!")
            continue
        conn.send(("echo", msg))
        if msg is None:
            break
    conn.close()


def writer(conn):
    for i in range(3):
        conn.send({"i": i, "sq": [i] * i})
    conn.close()


def bump(counter, arr, lock, n):
    for _ in range(n):
        with lock:
            counter.value += 1
    with arr.get_lock():
        for i in range(len(arr)):
            arr[i] = arr[i] + 1


def bump_raw(counter, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1


def set_event(ev, sem):
    sem.acquire()
    ev.set()


def cond_waiter(cond, val, out):
    with cond:
        ok = cond.wait_for(lambda: val.value == 5, timeout=10)
        out.put(("woke", ok, val.value))


def at_barrier(bar, out, i):
    out.put(("passed", bar.wait(10) >= 0))


def string_child(s):
    s.value = b"changed"


if __name__ == "__main__":
    a, b = mp.Pipe()
    p = mp.Process(target=echo, args=(b,))
    p.start()
    b.close()
    a.send([1, 2, {"x": 3}])
    print(a.recv())
    a.send("bytes")
    a.send_bytes(b"raw data")
    print(a.recv_bytes())
    print(a.poll(), a.poll(0.01))
    a.send(None)
    print(a.poll(10), a.recv())
    a.close()
    p.join()
    print("echo exit", p.exitcode)
    try:
        a.send(1)
    except OSError as e:
        print("OSError:", e)

    r, w = mp.Pipe(duplex=False)
    print(r.readable, r.writable, w.readable, w.writable)
    p = mp.Process(target=writer, args=(w,))
    p.start()
    w.close()
    msgs = []
    while True:
        try:
            msgs.append(r.recv())
        except EOFError:
            print("EOFError after", len(msgs))
            break
    print(msgs)
    p.join()
    try:
        r.send(1)
    except OSError as e:
        print("OSError:", e)
    r2, w2 = mp.Pipe(False)
    try:
        w2.recv()
    except OSError as e:
        print("OSError:", e)
    w2.send_bytes(b"abcdefgh", 2, 3)
    print(r2.recv_bytes())
    buf = bytearray(10)
    w2.send_bytes(b"xyz")
    print(r2.recv_bytes_into(buf, 1), buf)
    w2.send(5)
    print(connection.wait([r2], 1) == [r2], r2.recv())
    r2.close()
    w2.close()

    counter = mp.Value("i", 0)
    arr = mp.Array("d", [0.5, 1.5, 2.5])
    lock = mp.Lock()
    print(counter, counter.value, arr[:], len(arr))
    procs = [mp.Process(target=bump, args=(counter, arr, lock, 200)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(counter.value, arr[:], list(arr), arr[-1])
    raw = mp.Value("q", 10)
    procs = [mp.Process(target=bump_raw, args=(raw, 100)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(raw.value)
    d = mp.Value("d", 1.25)
    print(d, mp.RawValue("i", 7).value, mp.RawArray("i", 3)[:])
    ia = mp.Array("i", 5)
    ia[1:4] = [7, 8, 9]
    print(ia[:], ia[::2], ia[1])
    try:
        ia[0:2] = [1]
    except ValueError as e:
        print("ValueError:", e)
    try:
        ia[10]
    except IndexError as e:
        print("IndexError:", e)
    s = mp.Array("c", b"hello world")
    p = mp.Process(target=string_child, args=(s,))
    p.start()
    p.join()
    print(s.value, s.raw, len(s))
    nolock = mp.Value("i", 3, lock=False)
    print(nolock.value, hasattr(nolock, "get_lock"))

    ev = mp.Event()
    sem = mp.Semaphore(0)
    p = mp.Process(target=set_event, args=(ev, sem))
    p.start()
    print(ev.is_set(), ev.wait(0.01))
    sem.release()
    print(ev.wait(10), ev.is_set())
    p.join()
    ev.clear()
    print(ev.is_set())

    l = mp.Lock()
    print(l.acquire(), l.acquire(False), l.acquire(timeout=0.01))
    l.release()
    try:
        l.release()
    except ValueError as e:
        print("ValueError:", e)
    rl = mp.RLock()
    print(rl.acquire(), rl.acquire(), rl)
    rl.release()
    rl.release()
    print(rl)
    bs = mp.BoundedSemaphore(2)
    print(bs.acquire(), bs.acquire(), bs.acquire(False), bs.get_value())
    bs.release()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    print(mp.Semaphore(3))

    cond = mp.Condition()
    val = mp.Value("i", 0)
    out = mp.Queue()
    waiters = [mp.Process(target=cond_waiter, args=(cond, val, out)) for _ in range(2)]
    for p in waiters:
        p.start()
    for i in range(5):
        with cond:
            val.value += 1
            cond.notify_all()
    print(sorted([out.get(timeout=10), out.get(timeout=10)]))
    for p in waiters:
        p.join()

    bar = mp.Barrier(3)
    ps = [mp.Process(target=at_barrier, args=(bar, out, i)) for i in range(2)]
    for p in ps:
        p.start()
    print(bar.wait(10) in (0, 1, 2))
    print(sorted([out.get(timeout=10), out.get(timeout=10)]))
    for p in ps:
        p.join()
    print(bar.parties, bar.broken)
    print("end")
