# Positional parameters bind in order; functions are values.
def sub(a, b):
    return a - b
print(sub(10, 3), sub(3, 10))
def three(a, b, c):
    return a * 100 + b * 10 + c
print(three(1, 2, 3))
def zero():
    return 0
print(zero())
f = sub
print(f(1, 1))
def apply(fn, x, y):
    return fn(x, y)
print(apply(sub, 100, 1))
print(apply(three, 5, 6) if False else apply(sub, 6, 5))
def param_shadow(len):
    return len * 2
print(param_shadow(21))
print(len("abc"))
def modify(lst, n):
    lst.append(n)
    n = n + 1
    return n
items = []
n = 5
print(modify(items, n), items, n)
def order(a, b):
    print("a", a, "b", b)
    return a
def trace(x):
    print("eval", x)
    return x
order(trace(1), trace(2))
print(type(sub))
