# Exceptions propagate through Python calls and are caught higher up.
def a(x):
    return b(x) + 1
def b(x):
    return c(x) * 2
def c(x):
    if x < 0:
        raise ValueError("negative: %d" % x)
    return x

for v in (3, -1):
    try:
        print(a(v))
    except ValueError as e:
        print("caught", e)

def cleanup_chain(n):
    try:
        if n == 0:
            raise KeyError("bottom")
        cleanup_chain(n - 1)
    finally:
        print("unwinding", n)
try:
    cleanup_chain(3)
except KeyError as e:
    print("top", e)

# builtins calling Python code: the exception passes through them
def key(x):
    if x == 3:
        raise TypeError("bad key")
    return -x
try:
    sorted([1, 2, 3], key=key)
except TypeError as e:
    print("from sorted:", e)
try:
    list(map(lambda x: 10 // x, [1, 0]))
except ZeroDivisionError as e:
    print("from map:", e)
print(sorted([1, 2, 4], key=key))
