# Matrix multiplication with nested lists: ints, floats, and matrix powers (Fibonacci).
def zeros(n, m):
    rows = []
    for i in range(n):
        rows.append([0] * m)
    return rows

def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    c = zeros(n, m)
    for i in range(n):
        ai = a[i]
        ci = c[i]
        for j in range(m):
            s = 0
            for t in range(k):
                s += ai[t] * b[t][j]
            ci[j] = s
    return c

def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m

def matpow(a, e):
    result = identity(len(a))
    while e > 0:
        if e % 2 == 1:
            result = matmul(result, a)
        a = matmul(a, a)
        e //= 2
    return result

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(matmul(a, b))
n = 30
x = zeros(n, n)
y = zeros(n, n)
for i in range(n):
    for j in range(n):
        x[i][j] = (i * 7 + j * 3) % 11 - 5
        y[i][j] = (i * 2 + j * 5) % 13 - 6
z = matmul(x, y)
tr = 0
for i in range(n):
    tr += z[i][i]
print(tr, z[0][:8], z[-1][-5:])
print(matpow([[1, 1], [1, 0]], 100)[0][1])
print(matpow([[1, 1], [1, 0]], 300)[0][1])
f = [[0.5, 0.25], [0.125, 1.5]]
print(matmul(f, f), matpow(f, 10))
