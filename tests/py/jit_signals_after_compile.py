# Signals after the JIT has compiled something: a backend must leave the
# process's signal handlers as they were (libgccjit runs GCC's driver
# in-process, which installs its own SIGINT/SIGTERM handlers that kill the
# process). Run by ctest with -X jit=gccjit -X jit-threshold=0 too.
import os
import signal


def hot(n):
    t = 0
    for i in range(n):
        t += i * 3
    return t


for _ in range(50):
    r = hot(2000)
print("hot", r)

try:
    os.kill(os.getpid(), signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt after a compile")

got = []


def handler(signum, frame):
    got.append(signum)


signal.signal(signal.SIGTERM, handler)
os.kill(os.getpid(), signal.SIGTERM)
print("SIGTERM handled", got)


def hot2(n):
    s = 0.0
    for i in range(n):
        s += i / 7
    return s


for _ in range(50):
    r2 = hot2(1000)
print("hot2", round(r2, 3))
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt again")
signal.signal(signal.SIGINT, handler)
os.kill(os.getpid(), signal.SIGINT)
print("SIGINT handled", got)
