# Capture patterns bind the subject, the wildcard binds nothing; names are
# bound only when the whole pattern matches; no case matching falls through.
def capture(x):
    match x:
        case 1:
            return "one"
        case other:
            return f"captured {other!r}"

print(capture(1))
print(capture("abc"))
print(capture([1, 2]))

def wildcard(x):
    match x:
        case 1:
            r = "one"
        case _:
            r = "anything"
    return r

print(wildcard(1), wildcard(2))

# Nothing matches: execution continues after the statement.
for x in [1, 2, 3]:
    match x:
        case 2:
            print("two")
    print("after", x)

# A name is not bound when a later part of its pattern fails.
a = "unbound-a"
b = "unbound-b"
match [10, 20]:
    case [a, 99]:
        print("wrong")
    case [_, b]:
        print("b =", b)
print("a is", a)
print("b is", b)

# The wildcard does not bind '_'.
_ = "underscore"
match 5:
    case _:
        pass
print("_ is still", _)

# Subject evaluated once.
calls = 0
def subject():
    global calls
    calls += 1
    return calls * 10

match subject():
    case 1:
        pass
    case 2:
        pass
    case n:
        print("n =", n)
print("calls:", calls)

# match and case stay usable as names.
match = "m"
case = "c"
print(match, case)
match (match, case):
    case ("m", c):
        print("soft keywords:", c)
