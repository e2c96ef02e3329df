f = lambda x: x.upper()
def apply(fn, xs): return list(map(fn, xs))
print(apply(f, ["a"]))
print(sorted([3, "a"], key=lambda v: v))
