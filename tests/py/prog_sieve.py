# Sieve of Eratosthenes up to 100000, with summary statistics.
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            j = i * i
            while j <= n:
                is_prime[j] = False
                j += i
        i += 1
    primes = []
    for k in range(n + 1):
        if is_prime[k]:
            primes.append(k)
    return primes

p = sieve(100000)
print(len(p))
print(p[:25])
print(p[-5:])
print(sum(p))
gaps = {}
max_gap = 0
for i in range(1, len(p)):
    g = p[i] - p[i - 1]
    gaps[g] = gaps.get(g, 0) + 1
    if g > max_gap:
        max_gap = g
print(max_gap, gaps[2], gaps[4], gaps[6])
twins = 0
for i in range(1, len(p)):
    if p[i] - p[i - 1] == 2:
        twins += 1
print(twins)
# Slice assignment variant of the sieve.
n = 1000
flags = [1] * (n + 1)
flags[0] = 0
flags[1] = 0
for i in range(2, 32):
    if flags[i]:
        flags[i * i::i] = [0] * len(range(i * i, n + 1, i))
print(sum(flags))
