# An assert failing inside a hot loop, uncaught: traceback and exit status.

def check(limit):
    total = 0
    for i in range(limit):
        total += i
        assert total < 1_000_000, f"total too big at {i}: {total}"
    return total

print(check(1000))
print(check(5000))
