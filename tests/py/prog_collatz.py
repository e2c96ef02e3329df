# Collatz statistics for 1..30000: longest chain, peak value, length histogram.
def collatz_len(n, cache):
    steps = 0
    path = []
    while n != 1:
        if n in cache:
            break
        path.append(n)
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    base = cache.get(n, 0)
    total = base + len(path)
    i = 0
    for v in path:
        cache[v] = total - i
        i += 1
    return total

cache = {1: 0}
best = 0
best_n = 1
hist = {}
for n in range(1, 30001):
    l = collatz_len(n, cache)
    if l > best:
        best = l
        best_n = n
    bucket = l // 50
    hist[bucket] = hist.get(bucket, 0) + 1
print(best_n, best)
for b in range(0, 8):
    print(b * 50, hist.get(b, 0))
peak = 0
n = 77031
while n != 1:
    if n > peak:
        peak = n
    if n % 2:
        n = 3 * n + 1
    else:
        n //= 2
print(peak)
big = 2 ** 100 + 1
steps = 0
while big != 1:
    big = big // 2 if big % 2 == 0 else 3 * big + 1
    steps += 1
print(steps)
