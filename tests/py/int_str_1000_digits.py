# str() of huge ints and the round trip back through int().
n = 7 ** 1200
s = str(n)
print(len(s))
print(s[:50])
print(s[-50:])
print(int(s) == n)
m = 10 ** 999
print(len(str(m)), str(m)[:5], str(m - 1)[:5], len(str(m - 1)))
neg = -(3 ** 2000)
t = str(neg)
print(len(t), t[:30], t[-30:])
digits = "1234567890" * 100
v = int(digits)
print(str(v) == digits, v % 97, v // 10 ** 990)
print(repr(2 ** 3000)[-10:], len(repr(2 ** 3000)))
