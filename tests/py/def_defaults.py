# Default argument values are evaluated once, at def time.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", "Yo", "?"))
base = 10
def add(x, y=base):
    return x + y
base = 20
print(add(1))
print(add(1, 2))
def mutable(x, acc=[]):
    acc.append(x)
    return acc
print(mutable(1))
print(mutable(2))
print(mutable(3, []))
print(mutable(4))
def power(b, e=2, m=None):
    if m is None:
        return b ** e
    return pow(b, e, m)
print(power(3))
print(power(3, 5))
print(power(3, 100, 7))
def all_default(a=1, b=2.5, c="c", d=None, e=(1, 2), f=-3):
    return (a, b, c, d, e, f)
print(all_default())
print(all_default(9))
print(all_default(9, 8, 7, 6, 5, 4))
