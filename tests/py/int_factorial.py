# Factorials: iterative and recursive, large results.
def fact(n):
    r = 1
    i = 2
    while i <= n:
        r *= i
        i += 1
    return r
def rfact(n):
    if n < 2:
        return 1
    return n * rfact(n - 1)
for n in [0, 1, 10, 20, 21, 30, 50, 100]:
    print(n, fact(n))
print(fact(100) == rfact(100))
f = fact(500)
s = str(f)
print(len(s), s[:20], s[-20:])
zeros = 0
i = len(s) - 1
while s[i] == "0":
    zeros += 1
    i -= 1
print(zeros)
print(fact(1000) // fact(998), fact(52) // (fact(5) * fact(47)))
digit_sum = 0
for ch in str(fact(1000)):
    digit_sum += int(ch)
print(digit_sum)
