# for ... else, including nested loops where only the inner one breaks.
for i in range(5):
    if i == 10:
        break
else:
    print("no break, i =", i)
for i in range(5):
    if i == 2:
        break
else:
    print("never")
print("broke at", i)
for x in []:
    print("never")
else:
    print("empty loop else")
primes = []
for n in range(2, 40):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)
for ch in "abc":
    continue
else:
    print("else after continue", ch)
def first_negative(items):
    for v in items:
        if v < 0:
            return v
    else:
        return None
print(first_negative([1, 2, -3, 4]))
print(first_negative([1, 2]))
