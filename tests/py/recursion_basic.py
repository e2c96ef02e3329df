# Classic recursive functions.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
for i in [0, 1, 5, 10, 20, 25, 50]:
    print(i, fact(i))
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(20))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src)
hanoi(4, "A", "C", "B")
print(len(moves), moves)
def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)
print(gcd(1071, 462), gcd(2 ** 100, 6 ** 50), gcd(17, 5))
def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    result = []
    for s in rest:
        result.append(s)
    for s in rest:
        result.append([items[0]] + s)
    return result
print(power_set([1, 2, 3]))
def flatten(x, out):
    if isinstance(x, list):
        for v in x:
            flatten(v, out)
    else:
        out.append(x)
    return out
print(flatten([1, [2, [3, [4, [5]]]], 6], []))
