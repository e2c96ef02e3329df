# Memoising closures: cell loads and stores (nonlocal counters, a captured
# cache dict), closure calls through a decorator wrapper, recursion.
def memoize(f):
    cache = {}
    hits = 0
    misses = 0
    def wrapper(n):
        nonlocal hits, misses
        if n in cache:
            hits += 1
            return cache[n]
        misses += 1
        r = f(n)
        cache[n] = r
        return r
    def stats():
        return hits, misses, len(cache)
    def clear():
        nonlocal hits, misses
        cache.clear()
        hits = 0
        misses = 0
    wrapper.stats = stats
    wrapper.clear = clear
    return wrapper

@memoize
def collatz_len(n):
    if n == 1:
        return 1
    if n % 2 == 0:
        return 1 + collatz_len(n // 2)
    return 1 + collatz_len(3 * n + 1)

def make_counter(step):
    total = 0
    def bump(k):
        nonlocal total
        total += k * step
        return total
    return bump

def run():
    checksum = 0
    for rnd in range(26):
        best = 0
        best_n = 0
        for n in range(1, 30000):
            l = collatz_len(n)
            if l > best:
                best = l
                best_n = n
        checksum += best * 1000003 + best_n
        h, m, size = collatz_len.stats()
        checksum = (checksum * 31 + h + m + size) % 1000000007
        collatz_len.clear()
    counters = [make_counter(s) for s in range(1, 6)]
    for i in range(5000000):
        c = counters[i % 5]
        checksum = (checksum + c(i & 7)) % 1000000007
    return checksum

print(run())
