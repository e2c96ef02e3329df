# heapq: push/pop/heapify/replace/pushpop produce CPython's exact heap layouts.
import heapq
import random

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))])

data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 15, 11, 13]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), data)
print(heapq.heappushpop(data, 12), data)
print(heapq.heappushpop([], 3))

rng = random.Random(12345) if hasattr(random, 'Random') else None
vals = [(i * 7919) % 1009 for i in range(300)]
heap = []
for v in vals:
    heapq.heappush(heap, v)
print(heap[:20])
heapq.heapify(vals)
print(vals[:20], vals[-5:])
out = []
while vals:
    out.append(heapq.heappop(vals))
print(out == sorted(out), out[:10])

tasks = []
heapq.heappush(tasks, (2, 'write'))
heapq.heappush(tasks, (1, 'plan'))
heapq.heappush(tasks, (3, 'test'))
heapq.heappush(tasks, (1, 'coffee'))
print(tasks, heapq.heappop(tasks), tasks)

f = [3.5, 1.25, 2.0, -1.0]
heapq.heapify(f)
print(f)
s = ['pear', 'apple', 'fig', 'banana']
heapq.heapify(s)
print(s, heapq.heappop(s))

def err(fn, *args):
    try:
        fn(*args)
    except Exception as e:
        print(type(e).__name__, e)

err(heapq.heappop, [])
err(heapq.heapreplace, [], 1)
err(heapq.heappush, 1, 1)
err(heapq.heapify, 1)
err(heapq.heappush, [1], 'a')
err(heapq.heappush, [])
