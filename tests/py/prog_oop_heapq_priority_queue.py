import heapq, itertools
from dataclasses import dataclass, field
@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
pq = []
for p, n in [(3, "low"), (1, "urgent"), (2, "mid"), (1, "also urgent")]: heapq.heappush(pq, Task(p, n))
while pq: print(heapq.heappop(pq))
class Job:
    def __init__(s, n): s.n = n
h = []
try:
    heapq.heappush(h, (1, Job("a"))); heapq.heappush(h, (1, Job("b")))
except TypeError as e: print(e)
counter = itertools.count()
h = []
for pri, job in [(2, Job("x")), (2, Job("y")), (1, Job("z"))]: heapq.heappush(h, (pri, next(counter), job))
print([heapq.heappop(h)[2].n for _ in range(3)])
class PQ:
    REMOVED = "<removed>"
    def __init__(s): s.h = []; s.finder = {}; s.c = itertools.count()
    def add(s, task, pri=0):
        if task in s.finder: s.remove(task)
        e = [pri, next(s.c), task]; s.finder[task] = e; heapq.heappush(s.h, e)
    def remove(s, task): e = s.finder.pop(task); e[-1] = s.REMOVED
    def pop(s):
        while s.h:
            pri, c, t = heapq.heappop(s.h)
            if t is not s.REMOVED: del s.finder[t]; return t
        raise KeyError("pop from an empty priority queue")
q = PQ(); q.add("a", 5); q.add("b", 1); q.add("c", 3); q.add("b", 9); print(q.pop(), q.pop(), q.pop())
try: q.pop()
except KeyError as e: print(e)
def kth_largest(nums, k):
    h = nums[:k]; heapq.heapify(h)
    for x in nums[k:]:
        if x > h[0]: heapq.heapreplace(h, x)
    return h[0]
print(kth_largest([3,2,1,5,6,4], 2), heapq.nsmallest(3, [(2,"b"),(1,"z"),(1,"a"),(5,"q")]), heapq.nlargest(2, {"a": 3, "b": 9, "c": 5}.items(), key=lambda kv: kv[1]))
def merge_k(lists):
    h = [(l[0], i, 0) for i, l in enumerate(lists) if l]; heapq.heapify(h); out = []
    while h:
        v, i, j = heapq.heappop(h); out.append(v)
        if j + 1 < len(lists[i]): heapq.heappush(h, (lists[i][j+1], i, j+1))
    return out
print(merge_k([[1,4,5],[1,3,4],[2,6],[]]))
import heapq as hq
h = [5, 3, 8]; hq._heapify_max(h) if hasattr(hq, "_heapify_max") else None; print(h)
