# Functions without return (or with a bare return) return None.
def nothing():
    pass
def bare(x):
    if x:
        return
    print("fell through")
def early(x):
    if x > 0:
        return "positive"
    return "non-positive"
def multiple():
    return 1, 2, 3
print(nothing())
print(bare(True))
print(bare(False))
print(early(5), early(-5))
print(multiple())
a, b, c = multiple()
print(a + b + c)
def returns_list():
    return [1, [2, 3]]
r = returns_list()
r[1].append(4)
print(r, returns_list())
def returns_func():
    return early
print(returns_func()(1))
print(nothing() is None)
