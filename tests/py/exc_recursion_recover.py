# RecursionError is catchable at any depth and the stack recovers.
def down(n):
    return down(n + 1)

def catch_at(depth):
    if depth:
        return catch_at(depth - 1)
    try:
        down(0)
    except RecursionError:
        return "caught"

print(catch_at(0))
print(catch_at(50))
for i in range(3):
    try:
        down(0)
    except RecursionError as e:
        print(i, str(e))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(200) % 1000007)

def guarded(n):
    try:
        return guarded(n + 1)
    finally:
        pass
try:
    guarded(0)
except RecursionError:
    print("through finally blocks too")
