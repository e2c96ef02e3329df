x = "outer"
l = [x for x in range(3)]
print(l, x)
s = {x for x in "ab"}
print(sorted(s), x)
d = {x: 1 for x in "c"}
print(d, x)
g = list(x for x in [9])
print(g, x)
def f():
    i = "f-local"
    r = [i for i in range(2)]
    return r, i
print(f())
def g2():
    y = 10
    return [y + i for i in range(3)], {i: y for i in range(2)}
print(g2())
# the first iterable is evaluated in the enclosing scope
def h():
    n = 3
    return [a for a in range(n)]
print(h())
lst = [[1, 2], [3, 4]]
print([v for row in lst for v in row])
print([lambda: v for v in range(2)][0]())
def closure_over_comp_var():
    fs = [(lambda: k) for k in range(3)]
    return [f() for f in fs]
print(closure_over_comp_var())
