# Binary search, integer square roots by Newton's method, and gcd/lcm tables.
def bsearch(a, x):
    lo = 0
    hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(a) and a[lo] == x:
        return lo
    return -1

squares = []
for i in range(1000):
    squares.append(i * i)
print(bsearch(squares, 0), bsearch(squares, 998001), bsearch(squares, 144), bsearch(squares, 145), bsearch([], 1))

def isqrt(n):
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

for n in [0, 1, 2, 15, 16, 17, 10 ** 20, 2 ** 127, 10 ** 100 + 1]:
    r = isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))
print(isqrt(2 * 10 ** 200))

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

row = ""
for a in range(1, 13):
    row = ""
    for b in range(1, 13):
        row += " " + str(a * b // gcd(a, b))
    print(row)
