# choices (plain, weights, cum_weights) and getstate/setstate round trips.
import random
for seed in [0, 1, 99]:
    random.seed(seed)
    print(random.choices(range(10), k=5), random.choices('abc', weights=[1, 2, 3], k=6),
          random.choices('abc', cum_weights=[1, 2, 10], k=4), random.choices([1, 2]),
          random.choices('ab', [0.5, 0.25], k=3), random.choices('abc', k=0), random.choices('ab', k=-2))
st = random.getstate()
a = [random.random() for _ in range(5)]
random.setstate(st)
b = [random.random() for _ in range(5)]
print(a == b, st[0], len(st[1]), st[1][-1], st[2], type(st), type(st[1]))
r = random.Random(3)
print([r.gauss() for _ in range(3)])
st = r.getstate(); print(st[2])
r.setstate(st); print(r.gauss())
r2 = random.Random(0)
r2.setstate(r.getstate()); print(r2.random() == r.random(), r2.getstate() == r.getstate())
v2 = (2, tuple(x - 2**32 if x > 2**31 else x for x in st[1][:-1]) + (st[1][-1],), None)
r2.setstate(v2); r.setstate(st); r.gauss_next = None
print(r2.random(), r.random())
