# Conditional expressions.
for n in range(-2, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
x = [] if False else [1]
print(x)
print((1 if True else 2) + 10, 1 if False else 2 + 10)
def sign(v):
    return -1 if v < 0 else (1 if v > 0 else 0)
print(sign(-5), sign(0), sign(7), sign(-0.0), sign(10 ** 40))
print("even" if 4 % 2 == 0 else "odd", "even" if 5 % 2 == 0 else "odd")
v = None
print(v if v is not None else "default")
print([1, 2][0 if True else 1], {"a": 1}["a" if 1 else "b"])
