# Big-int floor division and modulo with every sign combination.
A = 10 ** 40 + 7
B = 10 ** 20 + 3
for a in [A, -A]:
    for b in [B, -B, 7, -7]:
        q = a // b
        r = a % b
        print(q, r, q * b + r == a, divmod(a, b) == (q, r))
for a in [7, -7]:
    for b in [B, -B]:
        print(a // b, a % b)
print(-(2 ** 64) // 2 ** 32, -(2 ** 64) % 2 ** 32, -(2 ** 64 + 1) // 2 ** 32, -(2 ** 64 + 1) % 2 ** 32)
