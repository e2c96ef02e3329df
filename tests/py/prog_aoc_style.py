from collections import defaultdict, Counter, deque
import itertools, functools, math, re
raw = """467..114..
...*......
..35..633.
......#...
617*......
.....+.58.
..592.....
......755.
...$.*....
.664.598.."""
grid = raw.split("\n")
nums = []
for r, line in enumerate(grid):
    for m in re.finditer(r"\d+", line):
        nums.append((r, m.start(), m.end(), int(m.group())))
def adj(r, c0, c1):
    for rr in range(r - 1, r + 2):
        for cc in range(c0 - 1, c1 + 1):
            if 0 <= rr < len(grid) and 0 <= cc < len(grid[0]):
                yield rr, cc, grid[rr][cc]
total = sum(n for r, a, b, n in nums if any(ch not in "0123456789." for _, _, ch in adj(r, a, b)))
gears = defaultdict(list)
for r, a, b, n in nums:
    for rr, cc, ch in adj(r, a, b):
        if ch == "*": gears[rr, cc].append(n)
print(total, sum(math.prod(v) for v in gears.values() if len(v) == 2))
hands = ["32T3K 765", "T55J5 684", "KK677 28", "KTJJT 220", "QQQJA 483"]
order = "23456789TJQKA"
def kind(h):
    c = sorted(Counter(h).values(), reverse=True)
    return c
ranked = sorted((tuple(kind(h)), [order.index(x) for x in h], int(b)) for h, b in (l.split() for l in hands))
print(sum(i * b for i, (_, _, b) in enumerate(ranked, 1)))
instr = "LLR"
net = {"AAA": ("BBB", "BBB"), "BBB": ("AAA", "ZZZ"), "ZZZ": ("ZZZ", "ZZZ")}
pos, steps = "AAA", 0
for d in itertools.cycle(instr):
    if pos == "ZZZ": break
    pos = net[pos][d == "R"]; steps += 1
print(steps)
seqs = [[0, 3, 6, 9, 12, 15], [1, 3, 6, 10, 15, 21], [10, 13, 16, 21, 30, 45]]
def extrap(s):
    if not any(s): return 0
    return s[-1] + extrap([b - a for a, b in zip(s, s[1:])])
print(sum(map(extrap, seqs)), sum(extrap(s[::-1]) for s in seqs))
@functools.cache
def count(springs, groups):
    if not groups: return "#" not in springs
    if not springs: return 0
    res = 0
    if springs[0] in ".?": res += count(springs[1:], groups)
    g = groups[0]
    if springs[0] in "#?" and len(springs) >= g and "." not in springs[:g] and (len(springs) == g or springs[g] != "#"):
        res += count(springs[g + 1:], groups[1:])
    return res
rows = ["???.### 1,1,3", ".??..??...?##. 1,1,3", "?#?#?#?#?#?#?#? 1,3,1,6", "?###???????? 3,2,1"]
print(sum(count(s, tuple(map(int, g.split(",")))) for s, g in (r.split() for r in rows)))
print(sum(count("?".join([s] * 5), tuple(map(int, g.split(","))) * 5) for s, g in (r.split() for r in rows)))
def hashs(s): return functools.reduce(lambda h, c: (h + ord(c)) * 17 % 256, s, 0)
print(hashs("HASH"), sum(map(hashs, "rn=1,cm-,qp=3,cm=2,qp-,pc=4,ot=9,ab=5,pc-,pc=6,ot=7".split(","))))
