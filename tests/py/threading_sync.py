# Real concurrency between threads: blocking primitives hand control to the
# other threads (queue, Event, Condition, Semaphore, Barrier, RLock, join
# with a timeout, a thread spinning on a flag, sleeps, generators crossing
# threads, thread-local data, _thread's low-level API).
import threading, queue, time, _thread, sys

# producer / consumer over a bounded Queue
q = queue.Queue(maxsize=2)
got = []
def producer():
    for i in range(10):
        q.put(i)
    q.put(None)
def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        got.append(item * item)
        q.task_done()
    q.task_done()
c = threading.Thread(target=consumer); p = threading.Thread(target=producer)
c.start(); p.start()
q.join()
p.join(); c.join()
print("queue:", got)

# Event handshake both ways
ping, pong = threading.Event(), threading.Event()
log = []
def responder():
    for i in range(3):
        ping.wait(); ping.clear()
        log.append("pong %d" % i)
        pong.set()
t = threading.Thread(target=responder); t.start()
for i in range(3):
    log.append("ping %d" % i)
    ping.set()
    pong.wait(); pong.clear()
t.join()
print("events:", log)
print("wait timeout:", threading.Event().wait(0.01))

# Condition: notify one at a time, then notify_all
cond = threading.Condition()
ready = []
woken = []
def waiter(n):
    with cond:
        ready.append(n)
        cond.wait()
        woken.append(n)
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws: w.start()
while True:
    with cond:
        if len(ready) == 4:
            cond.notify()
            break
    time.sleep(0.001)
while True:
    with cond:
        if woken:
            break
    time.sleep(0.001)
print("after notify:", len(woken))
with cond:
    cond.notify_all()
for w in ws: w.join()
print("after notify_all:", sorted(woken))
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)

# Semaphore limits concurrency; BoundedSemaphore refuses extra releases
sem = threading.Semaphore(2)
inside = 0
peak = 0
lk = threading.Lock()
def limited():
    global inside, peak
    with sem:
        with lk:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.05)
        with lk:
            inside -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print("semaphore peak:", peak)
bs = threading.BoundedSemaphore(1)
bs.acquire(); bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)
print("sem timeout:", threading.Semaphore(0).acquire(timeout=0.01))

# Barrier with 3 parties and an action
order = []
def action():
    order.append("action")
bar = threading.Barrier(3, action=action)
idx = []
def party(n):
    order.append("arrive")
    i = bar.wait()
    idx.append(i)
ts = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print("barrier:", order, sorted(idx), bar.broken, bar.n_waiting)
b2 = threading.Barrier(2, timeout=0.01)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("barrier broken:", b2.broken)

# RLock: reentrant in its owner, excludes the others
rl = threading.RLock()
seq = []
def other():
    seq.append("other waits")
    with rl:
        seq.append("other has it")
with rl:
    with rl:
        t = threading.Thread(target=other); t.start()
        time.sleep(0.01)
        seq.append("main releases")
t.join()
print("rlock:", seq)
try:
    threading.RLock().release()
except RuntimeError as e:
    print("RuntimeError:", e)

# join with a timeout on a blocked thread
gate = threading.Event()
blocked = threading.Thread(target=gate.wait)
blocked.start()
blocked.join(0.02)
print("alive after join(timeout):", blocked.is_alive())
gate.set()
blocked.join()
print("alive after set:", blocked.is_alive())

# a thread spinning on a flag set by another thread
flag = False
spins = 0
def spinner():
    global spins
    while not flag:
        spins += 1
def setter():
    global flag
    time.sleep(0.01)
    flag = True
a = threading.Thread(target=spinner); b = threading.Thread(target=setter)
a.start(); b.start(); a.join(); b.join()
print("spinner stopped:", flag, spins > 0)

# sleeps in several threads overlap (finish in wake-up order)
wake = []
def sleeper(n, d):
    time.sleep(d)
    wake.append(n)
ts = [threading.Thread(target=sleeper, args=(n, d)) for n, d in ((1, 0.15), (2, 0.01), (3, 0.08))]
for t in ts: t.start()
for t in ts: t.join()
print("sleep order:", wake)

# a generator made in one thread, resumed in another
def gen():
    x = yield threading.current_thread().name
    yield "%s got %s" % (threading.current_thread().name, x)
g = gen()
print("gen first:", next(g))
res = []
t = threading.Thread(target=lambda: res.append(g.send(42)), name="worker")
t.start(); t.join()
print("gen second:", res)

# thread-local data
data = threading.local()
data.v = "main"
class MyLocal(threading.local):
    def __init__(self, x):
        self.x = x
ml = MyLocal(7)
seen = {}
def loc(n):
    seen[n] = (hasattr(data, "v"), ml.x)
    data.v = n
    ml.x = n
    time.sleep(0.005)
    seen[n] += (data.v, ml.x)
ts = [threading.Thread(target=loc, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print("local:", data.v, ml.x, sorted(seen.items()))

# identity and enumeration
idents = set()
names = []
evs = threading.Event()
def who():
    idents.add(threading.get_ident())
    names.append(threading.current_thread().name)
    evs.wait()
ts = [threading.Thread(target=who, name="w%d" % i) for i in range(3)]
for t in ts: t.start()
print("active:", threading.active_count(), sorted(t.name for t in threading.enumerate()))
evs.set()
for t in ts: t.join()
print("idents distinct:", len(idents) == 3, threading.get_ident() not in idents, sorted(names))
print("main:", threading.main_thread() is threading.current_thread(), threading.active_count())

# _thread's low-level API
lock = _thread.allocate_lock()
done = _thread.allocate_lock()
done.acquire()
out = []
def low(a, b=0):
    out.append(a + b)
    done.release()
_thread.start_new_thread(low, (1,), {"b": 2})
done.acquire()
print("_thread:", out, isinstance(lock, _thread.LockType), lock.acquire(False), lock.acquire(False), lock.locked())
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print("timed acquire:", lock.acquire(timeout=0.01), lock.acquire(timeout=0.01))
print("switchinterval:", sys.getswitchinterval())
