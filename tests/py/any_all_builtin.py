print(any([]), all([]), any([0, 0]), all([1, 1]), any([0, 1]), all([1, 0]))
print(any("ab"), all(""), any(x > 2 for x in range(5)), all(x < 5 for x in range(5)))
seen = []
def t(v):
    seen.append(v)
    return v
print(any(t(v) for v in [0, 1, 2, 3]), seen)
seen.clear()
print(all(t(v) for v in [1, 0, 2]), seen)
print(any({0: 1}), all({1: 0, 2: 0}), any(iter([None, ""])))
