# An uncaught assert with a message.
def check(values):
    for v in values:
        assert v >= 0, f"negative value {v}"
    return sum(values)
print(check([1, 2]))
check([1, -2])
