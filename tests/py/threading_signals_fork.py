# Signals are handled in the main thread (also when it is blocked in join or
# sleeping while a worker spins); interrupt_main; os.fork with threads: only
# the calling thread is left in the child, and it is the main thread there.
import signal, threading, time
where = []
def h(s, f):
    where.append(threading.current_thread().name)
    raise KeyboardInterrupt
signal.signal(signal.SIGALRM, h)
ev = threading.Event()
t = threading.Thread(target=ev.wait, daemon=True); t.start()
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    t.join()
except KeyboardInterrupt:
    print("interrupted in main:", where)
# handler runs in main while a worker spins
stop = False
def spin():
    while not stop:
        pass
s = threading.Thread(target=spin); s.start()
got = []
signal.signal(signal.SIGALRM, lambda sig, f: got.append(threading.current_thread().name))
signal.setitimer(signal.ITIMER_REAL, 0.02)
time.sleep(0.1)
stop = True
s.join()
print("handler ran in:", got)
import _thread
try:
    _thread.interrupt_main()
    for i in range(1000000): pass
except KeyboardInterrupt:
    print("interrupt_main ok")
import os
ev = threading.Event()
def bg():
    ev.wait()
t = threading.Thread(target=bg, daemon=True); t.start()
def forker():
    pid = os.fork()
    if pid == 0:
        print("child:", threading.active_count(), threading.current_thread() is threading.main_thread(), threading.current_thread().name)
        os._exit(0)
    os.waitpid(pid, 0)
    print("parent:", threading.active_count())
f = threading.Thread(target=forker, name="forker"); f.start(); f.join()
pid = os.fork()
if pid == 0:
    print("child2:", threading.active_count(), threading.current_thread().name)
    x = threading.Thread(target=lambda: print("child thread runs")); x.start(); x.join()
    os._exit(0)
os.waitpid(pid, 0)
ev.set()
print("end")
