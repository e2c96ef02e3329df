# while with break and continue.
i = 0
total = 0
while i < 20:
    i += 1
    if i % 3 == 0:
        continue
    if i > 15:
        break
    total += i
print(i, total)
n = 0
while True:
    n += 1
    if n >= 5:
        break
print(n)
a = 0
out = []
while a < 4:
    b = 0
    while True:
        b += 1
        if b > a:
            break
        if b == 2:
            continue
        out.append((a, b))
    a += 1
print(out)
k = 10
while k:
    k -= 3
    if k < 0:
        break
print(k)
lst = [1, 2, 3]
while lst:
    print(lst.pop())
print(lst)
