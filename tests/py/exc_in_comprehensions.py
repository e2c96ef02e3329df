# Exceptions from comprehensions, generator expressions and lambdas.
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None

print([safe_div(10, x) for x in range(-2, 3)])
try:
    [10 / x for x in range(-2, 3)]
except ZeroDivisionError as e:
    print("list comp:", e)
try:
    sum(1 // x for x in [1, 0])
except ZeroDivisionError as e:
    print("genexp:", e)
try:
    {k: v for k, v in [(1, 2), (3,)]}
except ValueError as e:
    print("dict comp:", e)
g = (x for x in [1, 2])
next(g)
try:
    next(g); next(g)
except StopIteration:
    print("genexp exhausted")
result = []
for f in [lambda: 1, lambda: 1 / 0, lambda: [][0]]:
    try:
        result.append(f())
    except (ZeroDivisionError, IndexError) as e:
        result.append(type(e).__name__)
print(result)
