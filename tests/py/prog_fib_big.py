# Iterative big-int Fibonacci: fib(1000) and checks of its properties.
def fib(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a
f1000 = fib(1000)
print(f1000)
print(len(str(f1000)))
print(fib(999) + fib(998) == f1000)
print(fib(100), fib(200))
print(fib(500) % 1000000007)
print(fib(1001) * fib(999) - f1000 * f1000)
s = 0
for i in range(101):
    s += fib(i)
print(s, s == fib(102) - 1)
print(fib(1000) * 10 ** 10 // fib(999))
