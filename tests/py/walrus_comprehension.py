last = None
xs = [last := i for i in range(5)]
print(xs, last)
def f():
    total = 0
    sums = [total := total + i for i in range(5)]
    return sums, total
print(f())
def g():
    [(found := v) for v in "abc" if v == "b"]
    return found
print(g())
def h():
    res = {k: (m := k * 2) for k in range(3)}
    return res, m
print(h())
def nested():
    out = [[(inner := a * b) for b in range(3)] for a in range(3)]
    return out, inner
print(nested())
def gexp():
    g = ((s := c) for c in "xyz")
    first = next(g)
    return first, s
print(gexp())
def any_walrus(items):
    if any((hit := x) > 10 for x in items):
        return hit
    return None
print(any_walrus([1, 5, 12, 30]), any_walrus([1]))
print([y for x in range(3) if (y := x + 1)])
