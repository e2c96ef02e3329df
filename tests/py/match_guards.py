# Guards: evaluated after the pattern matched and its names were bound.
def sign(n):
    match n:
        case 0:
            return "zero"
        case x if x > 0:
            return "positive"
        case x if x < 0:
            return "negative"
        case _:
            return "nan?"

print(sign(0), sign(5), sign(-2), sign(float("nan")))

# Names are bound even when the guard then fails.
match (1, 2):
    case (a, b) if a > b:
        print("wrong")
    case _:
        print("guard failed, but a, b =", a, b)

# Guards run in order and only for matching patterns.
log = []
def check(label, result):
    log.append(label)
    return result

match [1, 2, 3]:
    case [x] if check("one", True):
        pass
    case [x, y, z] if check("three-a", False):
        pass
    case [x, y, z] if check("three-b", True):
        print("chose three-b")
    case [*_] if check("star", True):
        pass
print(log)

# A guard on the last wildcard case.
def last(x):
    match x:
        case 1:
            return "one"
        case _ if x > 10:
            return "big"
    return "fell through"

print(last(1), last(20), last(5))

# The walrus operator inside a guard.
match [3, 4]:
    case [a, b] if (total := a + b) > 5:
        print("total", total)

# Guards using the captured names in complex expressions.
def fizz(n):
    match n % 3, n % 5:
        case 0, 0:
            return "FizzBuzz"
        case 0, _:
            return "Fizz"
        case _, 0:
            return "Buzz"
        case _ if n > 0:
            return str(n)

print(" ".join(fizz(i) for i in range(1, 16)))

# A guard that raises propagates.
try:
    match 1:
        case x if 1 / 0:
            pass
except ZeroDivisionError as e:
    print("guard raised:", e)

# An irrefutable pattern with a guard may come before other cases.
def g(x):
    match x:
        case y if y == "special":
            return "special"
        case "other":
            return "other"
        case _:
            return "default"

print(g("special"), g("other"), g("z"))
