def hot(n):
    t = 0
    for i in range(n):
        t += i * 2
    return t


def cold(n):
    return n + 1


for _ in range(3):
    print(hot(5000))
print(cold(1))
