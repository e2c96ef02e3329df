import sys
import itertools
from itertools import product, permutations, combinations, groupby, accumulate, chain, islice, count, starmap, \
    zip_longest, takewhile, dropwhile, cycle, compress, tee, combinations_with_replacement, repeat, filterfalse, pairwise
import operator

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1


def primes():
    yield 2
    found = [2]
    for n in count(3, 2):
        for p in found:
            if p * p > n:
                found.append(n)
                yield n
                break
            if n % p == 0:
                break


def read_records(n):
    s = 17
    for i in range(n):
        s = (s * 1103515245 + 12345) & 0x7FFFFFFF
        yield {"id": i, "region": "NESW"[s % 4], "amount": (s >> 4) % 1000, "ok": s % 10 != 0}


def valid(records):
    for r in records:
        if r["ok"]:
            yield r


def enrich(records):
    for r in records:
        r = dict(r)
        r["tax"] = r["amount"] * 8 // 100
        yield r


def windowed(it, n):
    it = iter(it)
    win = tuple(islice(it, n))
    if len(win) == n:
        yield win
    for x in it:
        win = win[1:] + (x,)
        yield win


def tsp_bruteforce(points):
    def dist(a, b):
        return abs(a[0] - b[0]) + abs(a[1] - b[1])
    best = None
    first = points[0]
    for perm in permutations(points[1:]):
        route = (first,) + perm + (first,)
        d = sum(starmap(dist, pairwise(route)))
        if best is None or d < best[0]:
            best = (d, perm)
    return best


def subset_sums(nums, target):
    hits = 0
    for r in range(1, len(nums) + 1):
        for c in combinations(nums, r):
            if sum(c) == target:
                hits += 1
    return hits


def main():
    for rep in range(SCALE):
        ps = list(islice(primes(), 3000))
        gaps = [b - a for a, b in pairwise(ps)]
        print("primes", ps[-1], max(gaps), list(accumulate(gaps[:8])), sum(takewhile(lambda p: p < 1000, ps)))
        recs = enrich(valid(read_records(30000)))
        keyf = operator.itemgetter("region")
        grouped = {k: sum(r["amount"] + r["tax"] for r in g) for k, g in groupby(sorted(recs, key=keyf), key=keyf)}
        print("groups", sorted(grouped.items()))
        runs = [(k, len(list(g))) for k, g in groupby(r["amount"] % 3 for r in read_records(5000))]
        print("runs", len(runs), max(runs, key=operator.itemgetter(1)))
        print("window", max(sum(w) for w in windowed((r["amount"] for r in read_records(20000)), 5)))
        grid = sum(1 for x, y, z in product(range(30), repeat=3) if x * x + y * y == z * z)
        print("product", grid, list(product("ab", [1, 2]))[:3])
        pts = [(0, 0), (3, 7), (8, 2), (5, 5), (1, 9), (9, 9), (6, 1), (2, 4)]
        print("tsp", tsp_bruteforce(pts))
        print("subsets", subset_sums(list(range(1, 19)), 40))
        acc = list(accumulate(range(1, 2000), operator.mul))
        print("accumulate", acc[20] % 1000007, acc[-1].bit_length(), list(accumulate([3, 1, 4, 1, 5], max)))
        ch = list(chain.from_iterable(repeat(i, i % 4) for i in range(2000)))
        print("chain", len(ch), sum(compress(ch, cycle([1, 0, 0]))), list(zip_longest("ab", [1, 2, 3], fillvalue="-")))
        a, b = tee(range(10))
        print("tee", list(zip(a, islice(b, 1, None))))
        print("misc", list(filterfalse(lambda x: x % 3, range(20))), list(dropwhile(lambda x: x < 5, [1, 7, 2, 9])),
              len(list(combinations_with_replacement(range(8), 4))), sum(map(sum, combinations(range(20), 3))))


if __name__ == "__main__":
    main()
