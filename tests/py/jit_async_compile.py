# Background compilation (-X jit-async, on by default): code objects that
# get hot while their compile is pending keep running in the interpreter,
# code objects freed while their compile is pending, a fork with compiles
# in flight (the child compiles synchronously), globals changed while a
# compile is pending (the compiled code's guards see it), and an exit with
# compiles still queued.
import os
import sys


def make(k):
    # a fresh code object per call (exec): each gets hot and is submitted
    src = (
        "def f(n):\n"
        "    t = 0\n"
        "    for i in range(n):\n"
        "        t += i * %d + (i & 3)\n"
        "    return t\n" % k
    )
    ns = {}
    exec(src, ns)
    return ns["f"]


# Many code objects, each hot for a short while and then dropped: most are
# freed with their compile queued, in flight or done but not installed.
total = 0
for k in range(40):
    f = make(k)
    total += f(3000)
    total += f(5)
    del f
print("dropped", total)

# Hot and kept: compiled in the background, installed, then run compiled.
g = make(7)
acc = 0
for _ in range(200):
    acc += g(500)
print("kept", acc)

SCALE = 3


def uses_global(n):
    t = 0
    for i in range(n):
        t += i * SCALE
    return t


r1 = uses_global(20000)
SCALE = 5          # may change while its compile is pending
r2 = uses_global(20000)
print("global", r1, r2)


def float_loop(n):
    x = 0.5
    for i in range(n):
        x = x * 1.0000001 + 0.25
    return x


# fork while compiles may be in flight
fs = [make(100 + k) for k in range(6)]
for h in fs:
    h(4000)
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    s = 0
    for h in fs:
        for _ in range(30):
            s += h(300)
    s += int(float_loop(50000))
    print("child", s)
    sys.stdout.flush()
    os._exit(0)
os.waitpid(pid, 0)
s = 0
for h in fs:
    for _ in range(30):
        s += h(300)
s += int(float_loop(50000))
print("parent", s)

# Exit with compiles submitted and not finished.
last = [make(200 + k) for k in range(8)]
print("last", sum(h(3000) for h in last))
