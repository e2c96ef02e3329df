# Inserting, updating and deleting keys, including many keys (table growth).
d = {}
for i in range(1000):
    d[i] = i * 2
print(len(d), d[0], d[999], d[500])
for i in range(0, 1000, 2):
    del d[i]
print(len(d), d[1], d[999])
first = []
for k in d:
    first.append(k)
    if len(first) == 5:
        break
print(first)
for i in range(0, 1000, 2):
    d[i] = "again"
print(len(d), list(d.keys())[495:505])
total = 0
for k in d:
    total += k
print(total)
s = {}
s["a"] = 1
s["b"] = 2
del s["a"]
s["c"] = 3
s["a"] = 4
print(s)
del s["b"]
del s["c"]
del s["a"]
print(s, len(s))
for i in range(100):
    s["k" + str(i)] = i
    del s["k" + str(i)]
print(s)
