# Threads ending in exceptions (threading.excepthook, _thread's report),
# RecursionError inside a thread (its own depth), SystemExit in a thread,
# a daemon thread left blocked at exit, and a non-daemon thread that
# finishes after the main thread's last statement (joined at exit).
import threading, sys, io, time, _thread

def boom(n):
    raise ValueError("bad %d" % n)

# the default hook: "Exception in thread NAME:" and the traceback on stderr
buf = io.StringIO()
saved = sys.stderr
sys.stderr = buf
t = threading.Thread(target=boom, args=(1,), name="Thread-X (boom)")
t.start(); t.join()
sys.stderr = saved
lines = buf.getvalue().splitlines()
print(lines[0]); print(lines[1]); print(lines[-2].strip()); print(lines[-1])

# a custom hook
def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name,
          args.exc_traceback.tb_frame.f_code.co_name is not None)
threading.excepthook = hook
t = threading.Thread(target=boom, args=(2,), name="T2"); t.start(); t.join()
t = threading.Thread(target=sys.exit, args=(3,)); t.start(); t.join()
print("SystemExit in a thread is silent:", t.is_alive())
threading.excepthook = threading.__excepthook__

# _thread.start_new_thread: the exception is reported on stderr
buf = io.StringIO()
sys.stderr = buf
lk = _thread.allocate_lock(); lk.acquire()
def raw():
    try:
        boom(4)
    finally:
        lk.release()
_thread.start_new_thread(raw, ())
lk.acquire()
time.sleep(0.01)
sys.stderr = saved
out = buf.getvalue().splitlines()
print(out[0].startswith("Exception ignored in thread started by: <function raw"), out[-1])

# RecursionError in a thread; the thread has its own depth
def rec(n):
    return rec(n + 1) + 1
res = []
def deep():
    try:
        rec(0)
    except RecursionError as e:
        res.append(str(e))
    def count(n):
        return n if n == 0 else count(n - 1) + 1
    res.append(count(800))
ts = [threading.Thread(target=deep) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print("recursion:", res)

# a generator raising into another thread
def g():
    yield 1
    raise KeyError("from gen")
it = g(); next(it)
caught = []
def resume():
    try:
        next(it)
    except KeyError as e:
        caught.append(repr(e))
t = threading.Thread(target=resume); t.start(); t.join()
print("caught:", caught)

# a daemon thread blocked forever is dropped at exit
never = threading.Event()
d = threading.Thread(target=never.wait, daemon=True)
d.start()
print("daemon alive:", d.is_alive(), d.daemon)

# a non-daemon thread that prints after main's last statement
go = threading.Event()
def late():
    go.wait()
    time.sleep(0.02)
    print("late thread done")
threading.Thread(target=late).start()
go.set()
print("main done")
