# Superinstructions (LOAD_FAST__LOAD_FAST, LOAD_FAST__LOAD_CONST,
# LOAD_CONST__LOAD_FAST, STORE_FAST__LOAD_FAST, STORE_FAST__STORE_FAST):
# the pair's second half fails with its own line, jumps land on the second
# instruction alone, tracing sees every line, dis shows the compiled code.
import dis
import sys
import traceback


def unbound_second(flag):
    a = 1
    if flag:
        b = 2
    return a + \
        b                       # LOAD_FAST a; LOAD_FAST b on another line


def unbound_after_store(flag):
    if flag:
        del_me = 1
    x = 5
    y = del_me                  # STORE_FAST x; LOAD_FAST del_me
    return x + y


def unbound_after_const(flag):
    if flag:
        z = 1
    return (3,
            z)                  # LOAD_CONST 3; LOAD_FAST z


def unbound_first(flag):
    if flag:
        q = 1
    return q + 1                # LOAD_FAST q; LOAD_CONST 1 (the first fails)


for fn in (unbound_second, unbound_after_store, unbound_after_const, unbound_first):
    print(fn.__name__, fn(True))
    for _ in range(3):
        try:
            fn(False)
        except UnboundLocalError as e:
            tb = e.__traceback__
            while tb.tb_next:
                tb = tb.tb_next
            print("  ", type(e).__name__, e, "line", tb.tb_lineno - unbound_second.__code__.co_firstlineno)


def loops(n):
    # while loop whose head (a jump target) is the second LOAD_FAST of a pair
    i = 0
    t = 0
    while i < n:
        t = t + i
        i = i + 1
    # a, b = b, a: STORE_FAST__STORE_FAST
    a, b = 1, 2
    for k in range(n):
        a, b = b, a + b
    # for loops: FOR_ITER; STORE_FAST__LOAD_FAST
    s = 0
    for v in range(n):
        s = s + v * 2
    return t, a, b, s


for n in (0, 1, 5, 30):
    print("loops", n, loops(n))


def concat(n):
    s = ""
    for k in range(n):
        s = s + str(k)          # the in-place string append then STORE_FAST
        last = s
    return len(s), last[-5:]


print("concat", concat(300))


def swaps(x, y, z):
    x, y = y, x
    y, z = z, y
    r = x
    q = r
    return x, y, z, q


print("swaps", [swaps(1, 2, 3) for _ in range(3)])

# Line events (tracing runs the pair's instructions one by one).
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced":
        events.append((event, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer


def traced(a):
    b = a
    c = b
    d = 4
    return (a,
            b,
            c,
            d)


for _ in range(3):
    traced(1)
sys.settrace(tracer)
traced(2)
sys.settrace(None)
print("events", events)
events.clear()

# Tracing switched on while a function's pairs already ran many times.
def hot(n):
    t = 0
    for k in range(n):
        u = k
        t = t + u
    return t


print(hot(1000))
sys.settrace(lambda f, e, a: None)
print(hot(10))
sys.settrace(None)

# dis shows the instructions as compiled (not the quickened or specialised ones).
for _ in range(20):
    swaps(1, 2, 3)
dis.dis(swaps)
print(swaps.__code__.co_code == swaps.__code__.co_code)
print(len(swaps.__code__.co_code))
