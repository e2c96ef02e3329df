# BINARY_OP_INT (exact ints, small or big, through int.c directly), the
# small-int bitwise/shift forms, MULTIPLY_INT past int64, and int & mask
# on big ints of either sign; sites that then see bools, int subclasses,
# floats and other types.

def ops(a, b):
    out = [a + b, a - b, a * b, a & b, a | b, a ^ b]
    try:
        out.append(a // b)
        out.append(a % b)
    except ZeroDivisionError as e:
        out.append("ZeroDivisionError: %s" % e)
    try:
        out.append(a << (b % 70) if b >= 0 else a << b)
    except ValueError as e:
        out.append("ValueError: %s" % e)
    try:
        out.append(a >> b)
    except ValueError as e:
        out.append("ValueError: %s" % e)
    return out


vals = [0, 1, -1, 7, -7, 2**31 - 1, 2**47 - 1, -2**47, 2**47, 2**63, -2**63 - 5,
        3**50, -(3**50), 2**64 - 1, -(2**64) + 1]
for a in vals:
    for b in vals:
        print(a, b, ops(a, b))

# A linear congruential generator: the product leaves int64, the mask
# brings it back.
x = 12345
acc = 0
for i in range(2000):
    x = (x * 1103515245 + 12345) & 0x7FFFFFFF
    acc ^= x >> 8
    y = (x * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
    acc = (acc + y) & ((1 << 61) - 1)
print(x, acc)

# Negative big ints with non-negative masks, and masks the other side.
for v in (-(2**70) + 3, -(2**64), -(2**64) - 1, -(2**63), -(2**100) - 12345, 2**100 + 77):
    print(v & 0xFF, v & 0x7FFFFFFFFFFF, 0xFFFF & v, v & 0, v & -1, v & -256, (v & (2**80 - 1)))


# The same site with bools, subclasses, floats, strings.
def f(a, b):
    return a * b, a + b, a & b, a >> b if isinstance(b, int) and b >= 0 else None


class MyInt(int):
    def __mul__(self, other):
        return "MyInt.__mul__"

    def __rand__(self, other):
        return "MyInt.__rand__"


for a, b in [(2**60, 3), (2**60, 3), (2**60, 3), (True, 2**70), (2**70, True),
             (MyInt(5), 2**70), (2**70, MyInt(5)), (2**70, 2), (3, 4), (5, 6)]:
    print(f(a, b))
for a, b in [(2**70, 1.5), (2**70, 2)]:
    try:
        print(a * b, a + b)
        print(a & b)
    except TypeError as e:
        print("TypeError", e)

# Shifts: small ints growing into big ones at the same site.
def sh(a, n):
    return a << n, a >> n, -a >> n


for n in (1, 10, 40, 47, 48, 63, 64, 100, 200):
    print(n, sh(3, n), sh(-5, n), sh(2**80, n))
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError", e)
try:
    print(2**70 >> -1)
except ValueError as e:
    print("ValueError", e)
try:
    print(2**70 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# Augmented assignment and in-place forms.
t = 1
for i in range(100):
    t *= 3
    t += i
    t ^= i << 20
    t &= (1 << 150) - 1
print(t)
print(int("123"), int(" -42 "), int("7" * 30), int(3.9), int("ff", 16), int(x="10", base=2) if False else int("10", base=2))
try:
    int("abc")
except ValueError as e:
    print("ValueError", e)

# Shift counts held by int subclasses and bools (their values live in an mpz).
print(2**70 >> MyInt(5), 2**70 << MyInt(5), 100 >> MyInt(2), 3 << MyInt(50), -(2**70) >> MyInt(200),
      2**70 >> True, 1 << True)
try:
    print(MyInt(1) << MyInt(-1))
except ValueError as e:
    print("ValueError", e)
print(type(MyInt("12")).__name__, MyInt("12") + 0, int(MyInt(7)), int(True), int(-2.5), int(b"42"))
