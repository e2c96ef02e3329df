print("before")
assert 1 > 2
