def g():
    yield 1
    raise StopIteration("inner")
it = g()
next(it)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__)
def h():
    yield next(iter([]))
try:
    list(h())
except RuntimeError as e:
    print("list:", e)
def fine():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught inside"
print(list(fine()))
def ret():
    yield 1
    return 2
print(list(ret()))
