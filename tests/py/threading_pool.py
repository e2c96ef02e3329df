# concurrent.futures.ThreadPoolExecutor on real threads: tasks that wait on
# one another, map/submit/as_completed/wait, timeouts, shutdown; asyncio's
# to_thread and run_in_executor; a CPU loop in a thread preempted so that
# the main thread's Event still gets set in time.
import threading, time, asyncio
from concurrent.futures import (ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED,
                                ALL_COMPLETED, TimeoutError, CancelledError)

# tasks waiting on each other: task 0 waits for an event task 1 sets
ev = threading.Event()
def first():
    ok = ev.wait(5)
    return "first saw event: %s" % ok
def second():
    time.sleep(0.01)
    ev.set()
    return "second set it"
with ThreadPoolExecutor(max_workers=2) as ex:
    f1 = ex.submit(first)
    f2 = ex.submit(second)
    print(f1.result(), "|", f2.result())

# a pipeline through a Barrier inside pool tasks
bar = threading.Barrier(3)
def stage(n):
    i = bar.wait()
    return n * 10
with ThreadPoolExecutor(max_workers=3) as ex:
    print(sorted(ex.map(stage, range(3))))

# submit / as_completed in completion order
def nap(n, d):
    time.sleep(d)
    return n
with ThreadPoolExecutor(max_workers=4) as ex:
    # completion order forced by gates the main thread opens as results come
    gates = {1: threading.Event(), 3: threading.Event()}
    def gated(n):
        if n in gates:
            gates[n].wait()
        return n
    fs = [ex.submit(gated, n) for n in (1, 2, 3)]
    order = []
    for f in as_completed(fs):
        order.append(f.result())
        if len(order) == 1:
            gates[3].set()
        elif len(order) == 2:
            gates[1].set()
    print(order)
    hold = threading.Event()
    fs = [ex.submit(hold.wait), ex.submit(nap, 2, 0)]
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print("first completed:", [f.result() for f in done], len(not_done))
    hold.set()
    done, not_done = wait(fs, return_when=ALL_COMPLETED)
    print("all completed:", sorted(str(f.result()) for f in done), len(not_done))
    later = threading.Event()
    slow = ex.submit(lambda: later.wait() and 9)
    try:
        slow.result(timeout=0.01)
    except TimeoutError:
        print("result timed out; running:", slow.running())
    later.set()
    print("then:", slow.result())
    bad = ex.submit(lambda: 1 / 0)
    print("exception:", type(bad.exception()).__name__)

# cancel_futures drops the queued work
gate = threading.Event()
ex = ThreadPoolExecutor(max_workers=1)
busy = ex.submit(gate.wait)
while not busy.running():
    time.sleep(0.001)
queued = [ex.submit(nap, i, 0) for i in range(3)]
gate.set()
ex.shutdown(wait=True, cancel_futures=True)
print("busy:", busy.result(), "queued cancelled or done:", all(f.done() for f in queued))
try:
    ex.submit(nap, 0, 0)
except RuntimeError as e:
    print("RuntimeError:", e)

# a thread that spins on CPU still lets the main thread run
stop = threading.Event()
count = 0
def spin():
    global count
    while not stop.is_set():
        count += 1
t = threading.Thread(target=spin); t.start()
time.sleep(0.02)
stop.set()
t.join()
print("spun:", count > 0)

# asyncio's thread helpers
async def main():
    loop = asyncio.get_running_loop()
    r1 = await asyncio.to_thread(lambda a, b: a + b, 2, 3)
    r2 = await loop.run_in_executor(None, nap, "x", 0.01)
    r3 = await asyncio.gather(*(asyncio.to_thread(nap, i, 0.01 * (3 - i)) for i in range(3)))
    return r1, r2, r3
print("asyncio:", asyncio.run(main()))
