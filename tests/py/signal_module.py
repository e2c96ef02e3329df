import os
import signal
import time

print(signal.SIGINT, repr(signal.SIGTERM), signal.SIGTERM.name, int(signal.SIGUSR1))
print(signal.SIGIOT is signal.SIGABRT, signal.Signals.SIGCLD, repr(signal.SIGPOLL))
print([s.name for s in signal.Signals][:12])
print(len(list(signal.Signals)) > 30, signal.Signals(2), signal.Signals['SIGHUP'])
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), signal.Handlers(1).name)
print(repr(signal.SIG_BLOCK), repr(signal.SIG_UNBLOCK), repr(signal.SIG_SETMASK))
print(signal.NSIG, signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(repr(signal.getsignal(signal.SIGTERM)), repr(signal.getsignal(signal.SIGPIPE)))
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGUSR1), signal.strsignal(signal.SIGSEGV))
vs = signal.valid_signals()
print(len(vs), signal.SIGKILL in vs, signal.SIGRTMAX in vs, type(next(iter(vs))).__name__)
print(issubclass(signal.ItimerError, OSError))

# Python handlers run at a safe point, with the signal number and a frame
got = []


def handler(signum, frame):
    got.append((signum, frame.f_code.co_name))


old = signal.signal(signal.SIGUSR1, handler)
print("old:", repr(old), signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print(got)
signal.raise_signal(signal.SIGUSR1)
print(got[-1])


def spin():
    deadline = time.monotonic() + 10
    while len(got) < 3 and time.monotonic() < deadline:
        pass


signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.02)
spin()
print(got[-1])

# the handler's exception propagates from where the signal is noticed
class Boom(Exception):
    pass


def raiser(signum, frame):
    raise Boom("signal %d" % signum)


signal.signal(signal.SIGUSR2, raiser)
try:
    os.kill(os.getpid(), signal.SIGUSR2)
    print("not reached")
except Boom as e:
    print("caught", e)


def loop_until_signal():
    n = 0
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.02)
        while True:
            n += 1
    except Boom as e:
        return "loop interrupted: %s" % e


signal.signal(signal.SIGALRM, raiser)
print(loop_until_signal())

# time.sleep keeps sleeping after a handler that returns (PEP 475)
ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(s))
t0 = time.monotonic()
signal.setitimer(signal.ITIMER_REAL, 0.02)
time.sleep(0.1)
print("slept", time.monotonic() - t0 >= 0.09, ticks)
signal.signal(signal.SIGALRM, raiser)
signal.setitimer(signal.ITIMER_REAL, 0.02)
try:
    time.sleep(5)
except Boom as e:
    print("sleep interrupted:", e)

# SIGINT: default_int_handler raises KeyboardInterrupt; a custom one runs
try:
    os.kill(os.getpid(), signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
signal.signal(signal.SIGINT, handler)
os.kill(os.getpid(), signal.SIGINT)
print(got[-1])
prev = signal.signal(signal.SIGINT, signal.default_int_handler)
print(prev is handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt again")

# SIG_IGN / SIG_DFL
print(repr(signal.signal(signal.SIGUSR2, signal.SIG_IGN)) == repr(raiser))
os.kill(os.getpid(), signal.SIGUSR2)
print("ignored SIGUSR2", repr(signal.getsignal(signal.SIGUSR2)))
print(repr(signal.signal(signal.SIGUSR2, signal.SIG_DFL)))
print(repr(signal.getsignal(signal.SIGUSR2)))

# alarm and interval timers
signal.signal(signal.SIGALRM, handler)
print(signal.alarm(0))
signal.alarm(100)
print(signal.alarm(0))
print(signal.setitimer(signal.ITIMER_REAL, 50, 25))
v, i = signal.getitimer(signal.ITIMER_REAL)
print(40 < v <= 50, i)
v, i = signal.setitimer(signal.ITIMER_REAL, 0)
print(40 < v <= 50, i, signal.getitimer(signal.ITIMER_REAL))
try:
    signal.setitimer(99, 1)
except signal.ItimerError as e:
    print("ItimerError", e.errno)

# the signal mask
before = len(got)
old_mask = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
print(signal.SIGUSR1 in old_mask)
os.kill(os.getpid(), signal.SIGUSR1)
print("blocked:", len(got) - before, signal.sigpending())
signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGUSR1})
print("unblocked:", len(got) - before, got[-1], signal.sigpending())
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR2])
os.kill(os.getpid(), signal.SIGUSR2)
print(repr(signal.sigwait({signal.SIGUSR2})))
signal.pthread_sigmask(signal.SIG_SETMASK, [])

# wakeup fd
r, w = os.pipe()
try:
    signal.set_wakeup_fd(w)
except ValueError as e:
    print("ValueError:", str(e).replace(str(w), "W"))
os.set_blocking(w, False)
print(signal.set_wakeup_fd(w))
os.kill(os.getpid(), signal.SIGUSR1)
print(os.read(r, 10))
print(signal.set_wakeup_fd(-1) == w)
os.close(r)
os.close(w)

# errors
for args in [(0, handler), (signal.NSIG, handler), (signal.SIGUSR1, 42), (signal.SIGUSR1, "x"),
             (signal.SIGKILL, handler), (signal.SIGSTOP, signal.SIG_IGN)]:
    try:
        signal.signal(*args)
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
try:
    signal.getsignal(1000)
except ValueError as e:
    print("ValueError", e)
try:
    signal.strsignal(0)
except ValueError as e:
    print("ValueError", e)

signal.signal(signal.SIGUSR1, signal.SIG_DFL)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
print("done", len(got))
