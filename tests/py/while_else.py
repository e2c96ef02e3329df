# while ... else: the else runs only when the loop ends without break.
def search(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            print("found", target, "at", i)
            break
        i += 1
    else:
        print("not found", target)
    return i

print(search([3, 1, 4, 1, 5], 4))
print(search([3, 1, 4, 1, 5], 9))
print(search([], 1))
n = 0
while n < 3:
    n += 1
    continue
else:
    print("else after continue", n)
while False:
    print("never")
else:
    print("else of never-run loop")
m = 0
while m < 10:
    m += 1
    if m == 100:
        break
else:
    print("completed", m)
