# Values around the inline-int boundary 2**47 and the machine-word boundary 2**63.
edges = [2 ** 47 - 1, 2 ** 47, 2 ** 47 + 1, -(2 ** 47), -(2 ** 47) - 1, -(2 ** 47) + 1,
         2 ** 63 - 1, 2 ** 63, -(2 ** 63), -(2 ** 63) - 1, 2 ** 64 - 1, 2 ** 64]
for v in edges:
    print(v, v + 1, v - 1, v * 2, v // 2, v % 1000, -v, v == v + 0, type(v))
a = 2 ** 47 - 1
print(a + 1 - 1 == a, (a + 1) - 1, a * -1 - 1)
s = 0
for i in range(10):
    s += 2 ** 46
print(s)
t = 2 ** 47 + 5
t -= 10
print(t)
print(int(str(2 ** 47)), int("-140737488355328"), int("140737488355328"))
print(2 ** 47 in [140737488355328], {2 ** 47: "k"}[140737488355328])
print(hash(2 ** 47) == hash(140737488355328), hash(2 ** 63) == hash(9223372036854775808))
