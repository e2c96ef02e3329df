# Functions are first-class values: stored, passed, returned, used as key=.
def double(x):
    return x * 2
def square(x):
    return x * x
def negate(x):
    return -x
fns = [double, square, negate]
for fn in fns:
    print(fn(7))
table = {"d": double, "s": square}
print(table["s"](12))
def compose(f, g, x):
    return f(g(x))
print(compose(double, square, 3), compose(square, double, 3))
def by_len(s):
    return len(s)
words = ["ccc", "a", "bbbb", "dd"]
print(max(words, key=by_len), min(words, key=by_len))
def last_char(s):
    return s[-1]
words.sort(key=last_char)
print(words)
words.sort(key=by_len, reverse=True)
print(words)
print(double is fns[0], double == square)
def pick(flag):
    if flag:
        return double
    return square
print(pick(True)(5), pick(False)(5))
