# try statements inside loops: break/continue from try, except, else.
out = []
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 3:
            raise ValueError(i)
        if i == 5:
            break
        out.append(("body", i))
    except ValueError as e:
        out.append(("except", e.args[0]))
        continue
    else:
        out.append(("else", i))
        if i == 4:
            continue
    out.append(("end", i))
print(out)

n = 0
while True:
    n += 1
    try:
        if n % 2:
            raise KeyError(n)
    except KeyError:
        if n > 6:
            break
        continue
    finally:
        out.append(n)
print(n, out[-7:])

def find(items, target):
    for idx, item in enumerate(items):
        try:
            if item == target:
                return idx
        except TypeError:
            pass
    return -1
print(find([1, "a", 3], 3), find([], 1))

total = 0
for a in range(3):
    for b in range(3):
        try:
            total += 10 // (a - b)
        except ZeroDivisionError:
            break
print(total)
