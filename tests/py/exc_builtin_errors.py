# Errors raised by builtins and operators are catchable with their types.
def catch(f):
    try:
        f()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
    return "no error"

print(catch(lambda: 1 // 0))
print(catch(lambda: 1.0 / 0))
print(catch(lambda: 5 % 0))
print(catch(lambda: {"a": 1}["b"]))
print(catch(lambda: [1, 2][9]))
print(catch(lambda: "abc"[10]))
print(catch(lambda: int("12x")))
print(catch(lambda: undefined_name))
print(catch(lambda: len(5)))
print(catch(lambda: (1).foo))
print(catch(lambda: [].pop()))
print(catch(lambda: next(iter([]))))
print(catch(lambda: 2 ** 10000.0))
print(catch(lambda: "x" + 1))

def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)

try:
    deep(0)
except RuntimeError as e:
    print("as RuntimeError:", type(e).__name__)

# recursion still works after catching a RecursionError
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(500))

try:
    {}[(1, 2)]
except LookupError as e:
    print("LookupError", repr(e), e.args)
