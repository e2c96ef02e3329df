# Calls of math's float functions in hot code (the JIT's inline form):
# floats and ints, the error cases (domain, range), rebinding the name,
# module attribute calls, arguments that are not numbers.
import math
from math import sqrt, sin, cos, exp, log1p, atanh


def norm(n):
    t = 0.0
    for i in range(n):
        x = i * 0.5
        t += sqrt(x * x + 1.0) + sin(x) * cos(x)
    return t


def via_module(n):
    t = 0.0
    for i in range(n):
        t += math.sqrt(i) + math.exp(-i * 0.001) + math.fabs(-i)
    return t


def errors(vals, f):
    out = []
    for v in vals:
        try:
            out.append(f(v))
        except (ValueError, OverflowError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


def hot_errors(vals):
    # the calls inline in a loop: the compiled code meets the error cases
    out = []
    for v in vals:
        try:
            out.append(sqrt(v) + math.exp(v) + atanh(v / 1e300))
        except (ValueError, OverflowError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


def call_sqrt(v):
    return sqrt(v)


def call_exp(v):
    return math.exp(v)


def call_atanh(v):
    return atanh(v)


print(round(norm(200000), 6))
print(round(via_module(200000), 6))
for _ in range(3000):
    call_sqrt(2.0)
    call_exp(1.0)
    call_atanh(0.5)
print(errors([4, 2.25, -1.0, -1, float("inf"), float("nan"), True, 10 ** 40, "x", 0.0, -0.0], call_sqrt))
print(errors([1, 709.0, 710.0, float("-inf"), float("nan"), -1000], call_exp))
print(errors([0.5, 1.0, -1.0, 2.0], call_atanh))
print(errors([1e308], lambda v: log1p(v)))
warm = [float(i) for i in range(100)]
for _ in range(2000):
    hot_errors(warm)
print(hot_errors([4, 2.25, -1.0, -1, 710.0, 709, float("inf"), float("nan"), True, 10 ** 40, "x", 0.0, -0.0, 1e301]))


class Num:
    def __float__(self):
        return 9.0


print(call_sqrt(Num()))


def rebind(n):
    global sqrt
    t = 0.0
    for i in range(n):
        if i == n // 2:
            sqrt = lambda v: -1.0
        t += sqrt(4.0)
    return t


print(rebind(200000))
sqrt = math.sqrt
print(call_sqrt(16))
