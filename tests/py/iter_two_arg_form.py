vals = [1, 2, 3, 0, 4]
def nxt():
    return vals.pop(0)
print(list(iter(nxt, 0)))
print(vals)
n = 0
def counter():
    global n
    n += 1
    return n
it = iter(counter, 5)
print(type(it).__name__)
print(next(it), next(it), list(it))
print(next(it, "done"))
lines = ["a", "b", "", "c"]
print(list(iter(lambda: lines.pop(0), "")))
print(list(iter(lambda: 1, 1)))
