# Unbounded recursion from a hot function escapes as RecursionError.
def down(n):
    return down(n + 1) + 1

def run():
    t = 0
    for i in range(2000):
        t += i
    print(t)
    down(0)

run()
