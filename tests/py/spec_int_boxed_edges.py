# BINARY_OP_ADD_INT / SUBTRACT_INT / MULTIPLY_INT and COMPARE_OP_INT work on
# the boxed words of small ints (payload shifted to the top): sites that
# specialise on small values, then see results at and past the small-int
# range (2**47), negative operands, and other types after specialisation.

def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def lt(a, b):
    return a < b


def le(a, b):
    return a <= b


def gt(a, b):
    return a > b


def ge(a, b):
    return a >= b


def eq(a, b):
    return a == b


def ne(a, b):
    return a != b


def branch(a, b):
    if a < b:
        return "lt"
    if a == b:
        return "eq"
    return "gt"


# Warm every site on small ints.
acc = 0
for i in range(300):
    acc += add(i, 3) + sub(i, 7) + mul(i, -3)
    acc += lt(i, 150) + le(i, -i) + gt(-i, 4) + ge(i, i) + eq(i, 5) + ne(i, 5)
    acc += len(branch(i, 100))
print(acc)

M = 2**47
edges = [0, 1, -1, 2, -2, 3, 1000, -1000, M - 1, -M, M - 2, -M + 1, M // 2, -M // 2,
         M // 3, 2**23, -2**23, 2**24 + 1, -(2**24) - 1]
for a in edges:
    for b in edges:
        print(a, b, add(a, b), sub(a, b), mul(a, b),
              lt(a, b), le(a, b), gt(a, b), ge(a, b), eq(a, b), ne(a, b), branch(a, b))

# Past the small range (big ints) and back, then other types at the same sites.
for a, b in [(M, 1), (M - 1, 1), (-M, -1), (-M, 1), (2**63, 1), (M, -M), (2**70, 2**70),
             (1.5, 2), (2, 0.5), (True, True), ("a", "b"), ([1], [2]), (3, 4)]:
    try:
        print(repr(add(a, b)), repr(sub(a, b)) if not isinstance(a, (str, list)) else "-",
              repr(mul(a, b)) if not isinstance(b, (str, list)) else "-",
              lt(a, b), eq(a, b), branch(a, b))
    except TypeError as e:
        print("TypeError", e)

# Overflow of the shifted word in each direction, in a loop (stays specialised).
x = 1
for i in range(60):
    x = add(x, x)
    y = mul(x, 3)
    z = sub(-x, x)
    print(i, x, y, z, lt(x, M), lt(-x, -M), ge(z, -M))
