# for with break and continue over various iterables.
for i in range(10):
    if i % 2:
        continue
    if i == 8:
        break
    print(i)
s = 0
for v in [5, -1, 7, -2, 9, 0, 3]:
    if v < 0:
        continue
    if v == 0:
        break
    s += v
print(s)
for ch in "hello world":
    if ch == " ":
        break
    print(ch)
found = None
for k in {"a": 1, "b": 2, "c": 3}:
    if k == "b":
        found = k
        break
print(found)
for t in (1, 2, 3):
    for u in (10, 20, 30):
        if u == 20:
            continue
        if t == 2:
            break
        print(t, u)
