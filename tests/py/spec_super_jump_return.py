# Superinstructions whose second half is JUMP_BACKWARD or RETURN_VALUE
# (STORE_FAST__JUMP_BACKWARD, POP_TOP__JUMP_BACKWARD,
# LOAD_CONST__RETURN_VALUE, LOAD_FAST__RETURN_VALUE), and frames entered by
# the specialised call forms (their first RESUME): results, errors, line
# and call events when tracing starts while the sites are hot.
import sys


def store_loop(n):
    t = 0
    i = 0
    while i < n:
        t += i
        i += 1          # STORE_FAST i; JUMP_BACKWARD
    return t            # LOAD_FAST t; RETURN_VALUE


def pop_loop(xs):
    out = []
    for x in xs:
        out.append(x * 2)   # POP_TOP; JUMP_BACKWARD
    return out


def const_ret(x):
    if x:
        return 7        # LOAD_CONST 7; RETURN_VALUE
    return None


def unbound_ret(flag):
    if flag:
        r = 1
    return r            # LOAD_FAST r fails: UnboundLocalError


def closure_maker(k):
    def inner(v):
        return v + k    # inner's code starts with COPY_FREE_VARS
    return inner


def cell_first(a):
    def g():
        return a        # cell_first starts with MAKE_CELL
    return g()


class P:
    def __init__(self, a, b=3):
        self.a = a
        self.b = b

    def total(self):
        s = self.a + self.b
        return s


def gen_const(n):
    for i in range(n):
        yield i
    return 5            # LOAD_CONST; RETURN_VALUE in a generator


def run():
    acc = 0
    for k in range(300):
        acc += store_loop(k % 17)
        acc += sum(pop_loop(range(k % 5)))
        acc += const_ret(k) or 0
        acc += closure_maker(k)(1)
        acc += cell_first(k)
        acc += P(k).total() + P(k, 1).total()
        g = gen_const(3)
        try:
            while True:
                acc += next(g)
        except StopIteration as e:
            acc += e.value
        try:
            unbound_ret(k % 50 == 0)
        except UnboundLocalError as e:
            acc += 1000
            if k < 2:
                print("unbound:", e)
    return acc


print(run())


def deep(n):
    return deep(n + 1)


try:
    deep(0)
except RecursionError:
    print("RecursionError")

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("store_loop", "const_ret", "total", "cell_first", "g"):
        events.append((frame.f_code.co_name, event, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer


sys.settrace(tracer)
store_loop(2)
const_ret(1)
P(1).total()
cell_first(4)
sys.settrace(None)
for e in events:
    print(*e)
print(run())


# COPY__COPY / SWAP__SWAP: x[i] op= v (COPY 2; COPY 2 ... SWAP 3; SWAP 2).
class Box:
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d.get(k, 0)

    def __setitem__(self, k, v):
        self.d[k] = v


def aug(seq, n):
    for i in range(n):
        seq[i % 3] += i
        seq[i % 3] *= 1
    return seq


print(aug([0, 0, 0], 400), aug([0.5, 1, 2], 50), aug(Box(), 30).d)
try:
    aug([0, "a", 0], 5)
except TypeError as e:
    print("TypeError", e)
