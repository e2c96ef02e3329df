assert True
assert 1 == 1, "never shown"
x = [1]
assert x, "x is non-empty"
print("passed")
def check(v):
    assert v > 0, f"bad value {v!r}"
    return v
print(check(3))
check(-2)
