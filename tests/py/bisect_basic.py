# bisect: left/right, lo/hi bounds, key=, insort variants, errors.
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect(a, 2, hi=2))
print(bisect.bisect_left(a, 2, lo=4), bisect.bisect_right(a, 9, 2, 4), bisect.bisect(a, 2, 0, None))
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)

s = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(s, x)
print(s)
bisect.insort_left(s, 4)
bisect.insort_right(s, 4.0)
print(s)
l2 = [1, 10]
bisect.insort(l2, 5, 0, 1)
print(l2)

grades = 'FDCBA'
breakpoints = [60, 70, 80, 90]
print([grades[bisect.bisect(breakpoints, score)] for score in [33, 99, 77, 70, 89, 90, 100]])

recs = [('a', 1), ('b', 3), ('c', 5), ('d', 7)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
print(bisect.bisect(recs, 6, key=lambda r: r[1]))
bisect.insort(recs, ('x', 4), key=lambda r: r[1])
bisect.insort_left(recs, ('y', 1), key=lambda r: r[1])
print(recs)
print(bisect.bisect_left('acegi', 'd'), bisect.bisect_right((1, 2, 3), 2))
print(bisect.bisect_right([1.5, 2.5], 2), bisect.bisect_left(['a', 'b'], 'b'))
big = list(range(0, 2000, 2))
print(bisect.bisect_left(big, 1001), bisect.bisect_right(big, 1000), bisect.bisect(big, -5))

def err(f, *args, **kw):
    try:
        f(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)

err(bisect.bisect, [1], 1, -1)
err(bisect.bisect, 1, 1)
err(bisect.bisect, [1, 'a'], 2)
err(bisect.bisect_left, [1])
err(bisect.insort, (1, 2), 3)
