# Tier 2: small-int arithmetic in hot loops leaving the inline int range
# (big ints), both ways, with the Python semantics of // and %.

def fact_loop(n):
    r = 1
    for i in range(1, n + 1):
        r = r * i
    return r


for n in (5, 20, 30, 60):
    print(n, fact_loop(n))


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


for n in (10, 70, 100, 300):
    print(fib_iter(n))


def add_until(start, step, n):
    x = start
    for i in range(n):
        x += step
    return x


print(add_until(2**46, 12345678, 20000))
print(add_until(2**47 - 5000, 1, 10000))
print(add_until(-(2**47) + 5000, -1, 10000))
print(add_until(2**48 + 7, -(2**33), 100000))


def square_chain(n):
    out = []
    for i in range(n):
        x = i + 1
        x = x * x
        x = x * x
        x = x * x
        out.append(x % 1000003)
    return sum(out)


print(square_chain(5000))


def divmods(n):
    s = 0
    for i in range(-n, n):
        a = i * 7919
        s += a // 13 + a % 13 + a // -13 + a % -13
        if i:
            s += 1000 // i + 1000 % i
    return s


print(divmods(4000))


def shifts(n):
    s = 0
    for i in range(n):
        s += (1 << (i % 70)) - (i << 40)
        s ^= i * 0x10001
    return s


print(shifts(5000))


def boundary():
    vals = []
    for k in range(44, 50):
        m = 2**k
        for d in (-2, -1, 0, 1, 2):
            vals.append(m + d)
            vals.append(-m - d)
    t = 0
    for _ in range(200):
        for v in vals:
            t = t + v - (v - 1) + v * 2 - v - v
    return t, [v + v for v in vals[:6]], [v * -3 for v in vals[-4:]]


print(boundary())


def neg_products(n):
    t = 0
    for i in range(n):
        t += (-i) * (i + 2**30)
        t -= (i - n) * 3
    return t


print(neg_products(20000))
