# multiprocessing.Process, Queue, SimpleQueue, JoinableQueue, exit codes,
# tracebacks of children, current_process/parent_process
import multiprocessing as mp
import os
import sys
import signal
import tempfile
import time
import queue


def put_square(q, x):
    q.put((x, x * x))


def report_names(q):
    q.put((mp.current_process().name, mp.parent_process().name,
           mp.parent_process().pid == os.getppid()))


def exit_with(code):
    sys.exit(code)


def exit_with_message():
    sys.exit("fatal: giving up")


def crash(path):
    sys.stderr = open(path, "w")
    raise KeyError("missing")


def sleeper():
    time.sleep(30)


def consumer(q, results):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.put(item * 10)
        q.task_done()


def nested(q):
    p = mp.Process(target=put_square, args=(q, 9))
    p.start()
    p.join()
    q.put(("child-exit", p.exitcode, p.name))


class Worker(mp.Process):
    def __init__(self, q):
        super().__init__()
        self.q = q

    def run(self):
        self.q.put("run of " + self.name)


def printer(text):
    print(text)


if __name__ == "__main__":
    print(mp.current_process().name, mp.parent_process(), mp.get_start_method())
    print(mp.cpu_count() >= 1)
    q = mp.Queue()
    procs = [mp.Process(target=put_square, args=(q, i)) for i in range(4)]
    print([p.name for p in procs])
    print([p.exitcode for p in procs], [p.is_alive() for p in procs])
    for p in procs:
        p.start()
    got = sorted(q.get(timeout=10) for _ in procs)
    for p in procs:
        p.join(10)
    print(got)
    print([p.exitcode for p in procs], [p.is_alive() for p in procs])
    print(q.empty(), q.qsize())
    try:
        q.get(timeout=0.05)
    except queue.Empty:
        print("Empty after timeout")
    try:
        q.get_nowait()
    except queue.Empty:
        print("Empty without blocking")

    p = mp.Process(target=report_names, args=(q,), name="named")
    p.start()
    print(q.get(timeout=10))
    p.join()

    for code in (0, 3, None):
        p = mp.Process(target=exit_with, args=(code,))
        p.start()
        p.join()
        print("exit", code, "->", p.exitcode)
    p = mp.Process(target=exit_with_message)
    p.start()
    p.join()
    print("exit message ->", p.exitcode)

    path = tempfile.mktemp()
    p = mp.Process(target=crash, args=(path,), name="Crasher")
    p.start()
    p.join()
    print("crash exitcode", p.exitcode)
    with open(path) as f:
        lines = f.read().splitlines()
    os.unlink(path)
    print(lines[0])
    print(lines[1])
    print(lines[-1])

    p = mp.Process(target=sleeper)
    p.start()
    p.join(0.05)
    print("alive", p.is_alive(), p.exitcode)
    p.terminate()
    p.join()
    print("terminated", p.exitcode == -signal.SIGTERM, p.is_alive())
    p = mp.Process(target=sleeper, daemon=True)
    p.start()
    print("daemon", p.daemon, p in mp.active_children())
    p.kill()
    p.join()
    print("killed", p.exitcode == -signal.SIGKILL)
    p.close()
    try:
        p.is_alive()
    except ValueError as e:
        print("ValueError:", e)

    w = Worker(q)
    w.start()
    w.join()
    print(q.get(timeout=10))

    p = mp.Process(target=nested, args=(q,))
    p.start()
    p.join()
    print(sorted([q.get(timeout=10), q.get(timeout=10)], key=str))

    jq = mp.JoinableQueue()
    results = mp.Queue()
    c = mp.Process(target=consumer, args=(jq, results))
    c.start()
    for i in range(5):
        jq.put(i)
    jq.put(None)
    jq.join()
    print(sorted(results.get(timeout=10) for _ in range(5)))
    c.join()
    try:
        jq.task_done()
    except ValueError as e:
        print("ValueError:", e)

    sq = mp.SimpleQueue()
    p = mp.Process(target=put_square, args=(sq, 7))
    p.start()
    print(sq.get(), sq.empty())
    p.join()
    sq.close()

    bq = mp.Queue(2)
    bq.put(1)
    bq.put(2)
    print(bq.full())
    try:
        bq.put(3, timeout=0.05)
    except queue.Full:
        print("Full")
    print(bq.get(), bq.get(), bq.empty())
    bq.close()
    try:
        bq.put(1)
    except ValueError as e:
        print("ValueError:", str(e).startswith("Queue <multiprocessing.queues.Queue object at"))

    print("before child output", flush=False)
    p = mp.Process(target=printer, args=("from the child",))
    p.start()
    p.join()
    big = mp.Queue()
    payload = list(range(50000))
    p = mp.Process(target=big.put, args=(payload,))
    p.start()
    print(big.get(timeout=10) == payload)
    p.join()
    print(mp.active_children())
    try:
        mp.Process(target=print).join()
    except AssertionError as e:
        print("AssertionError:", e)
    print("end")
