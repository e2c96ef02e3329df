# Compiled code whose sites had not run when it was compiled (an OSR
# compile in the first loop of a function): the later loops' sites are
# generic helper calls that count their runs; once hot, the function is
# compiled again from the interpreter's caches. Semantics must not change
# across the versions: callees rebound between them, exceptions and
# tracebacks raised through the recompiled code.
import traceback


class A:
    def f(self, x):
        return x + 1


class B:
    def f(self, x):
        return x * 2


def g(x):
    return x - 3


def h(x):
    return x + 100


def boom(x):
    if x == 2900:
        raise ValueError("boom at %d" % x)
    return x


def work(n, objs):
    total = 0
    for i in range(n):          # hot first: compiled here
        total += i
    fn = g
    for i in range(n):          # never ran when compiled
        o = objs[i % len(objs)]
        total += o.f(i) + fn(i)
        if i == n // 2:
            fn = h              # the callee changes
    for i in range(n):          # a third loop, colder still
        total ^= helper(i)
    return total


def helper(x):
    return x & 7


def raiser(n):
    acc = 0
    for i in range(n):
        acc += i
    for i in range(n):
        acc += boom(i)
    return acc


def run_all():
    global helper
    print(work(3000, [A(), B()]))
    print(work(3000, [B(), A(), A()]))

    def helper2(x):
        return x | 1
    old = helper
    helper = helper2            # a global rebound between calls
    print(work(3000, [A()]))
    helper = old
    print(work(2000, [B()]))
    for _ in range(3):
        try:
            raiser(5000)
        except ValueError as e:
            tb = traceback.extract_tb(e.__traceback__)
            print(type(e).__name__, e, [(fr.name, fr.line) for fr in tb])
    print(raiser(2900))


run_all()
