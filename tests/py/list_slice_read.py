# Reading list slices: omitted bounds, negatives, out-of-range, steps.
l = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(l[2:5], l[:3], l[7:], l[:], l[-3:], l[:-3], l[-5:-2])
print(l[5:2], l[100:], l[:100], l[-100:3], l[3:-100], l[10:10])
print(l[::2], l[1::2], l[::3], l[::-1], l[::-2], l[8:2:-2], l[2:8:-1])
print(l[-1:-4:-1], l[-1::-3], l[:-11:-1], l[5::-1], l[:5:-1])
print(l[::100], l[::-100], l[1:9:4])
c = l[:]
c[0] = "copy"
print(l[0], c[0], c is l)
print([][:], [][::-1], [1][5:], [1][-5:])
print(l[True:3], l[0:False])
print(l[None:None], l[None:4], l[6:None:None], l[None:None:-4])
