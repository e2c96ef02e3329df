# threading, _thread-free use, queue between threads, concurrent.futures executors: programs that need no true concurrency give CPython's results.
import threading, queue, time
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed, wait
results = [0] * 4
def work(i):
    s = 0
    for k in range(1000 * (i + 1)):
        s += k * k
    results[i] = s
threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(results, all(not t.is_alive() for t in threads))
lock = threading.Lock()
counter = 0
def inc(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
ts = [threading.Thread(target=inc, args=(1000,)) for _ in range(5)]
[t.start() for t in ts]; [t.join() for t in ts]
print(counter, threading.current_thread().name, threading.main_thread() is threading.current_thread())
q = queue.Queue()
def producer():
    for i in range(5): q.put(i)
p = threading.Thread(target=producer); p.start(); p.join()
print([q.get() for _ in range(5)])
with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(lambda x: x * x, range(6))))
    fs = [ex.submit(pow, 2, k) for k in range(5)]
    print(sorted(f.result() for f in as_completed(fs)))
    bad = ex.submit(lambda: 1 / 0)
    print(type(bad.exception()).__name__)
with ProcessPoolExecutor() as ex:
    print(sum(ex.map(abs, [-1, -2, 3])))
ev = threading.Event(); ev.set(); print(ev.wait(), ev.is_set())
loc = threading.local(); loc.x = 5; print(loc.x)
r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
class T(threading.Thread):
    def run(self): print("subclass run", self.name.startswith("Thread-"))
t = T(); t.start(); t.join()
print(threading.active_count())
