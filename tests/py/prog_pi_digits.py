# Digits of pi with a big-int spigot (Machin's formula with fixed-point arithmetic).
def arctan_inv(x, one):
    total = one // x
    x2 = x * x
    term = total
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total

digits = 500
one = 10 ** (digits + 10)
pi = 4 * (4 * arctan_inv(5, one) - arctan_inv(239, one))
s = str(pi // 10 ** 10)
print(s[0] + "." + s[1:51])
print(s[-50:])
print(len(s))
counts = [0] * 10
for ch in s:
    counts[ord(ch) - 48] += 1
print(counts)
