# Global and builtin loads in hot (compiled) code while the globals change
# under them: rebinding, deletion, a global shadowing a builtin, new globals
# that grow the dict, and the same code run with another globals dict.
import types

G = 1


def rebind_at(i):
    global G
    if i == 3000:
        G = 100
    if i == 6000:
        G = "s"


def use_rebound(n):
    total = 0
    strs = 0
    for i in range(n):
        rebind_at(i)
        if G == "s":
            strs += 1
        else:
            total += G
    return total, strs


print("rebound", use_rebound(9000))


def kill_at(i):
    global H
    if i == 4000:
        del H


H = 7


def use_deleted(n):
    total = 0
    try:
        for i in range(n):
            kill_at(i)
            total += H
    except NameError as e:
        print("NameError:", e, "after", total)
    return total


print("deleted", use_deleted(10000))
H = 8
print("rebound after delete", use_deleted(100))


def shadow_at(i):
    if i == 2500:
        globals()["len"] = lambda x: 1000
    if i == 5000:
        del globals()["len"]


def use_builtin(n):
    total = 0
    for i in range(n):
        shadow_at(i)
        total += len("abc")
    return total


print("shadowed builtin", use_builtin(7000))


def grow_at(i):
    # new globals: the globals dict resizes (its entries move)
    if i % 500 == 0:
        globals()["extra_%d" % i] = i


K = 3


def use_while_growing(n):
    total = 0
    for i in range(n):
        grow_at(i)
        total += K + abs(-1)
    return total


print("growing", use_while_growing(20000))
print("extras", sum(1 for k in globals() if k.startswith("extra_")))


def reads_globals(n):
    total = 0
    for i in range(n):
        total += K * 2 + len("xy")
    return total


print("own globals", reads_globals(5000))
other = {"K": 10, "__builtins__": __builtins__}
g2 = types.FunctionType(reads_globals.__code__, other)
print("other globals", g2(5000))
other["len"] = lambda s: -1
print("other globals, len shadowed", g2(5000))
del other["K"]
try:
    g2(10)
except NameError as e:
    print("NameError:", e)
print("own globals again", reads_globals(5000))
for j in range(3):
    print("alternating", reads_globals(2000), g2(2000) if "K" in other else None)
    other["K"] = j


# recursion through a global name that gets rebound
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print("fib", fib(20))
real_fib = fib


def fib(n):  # noqa: F811
    return -1


print("fib rebound", real_fib(20))
fib = real_fib
print("fib restored", fib(20))
