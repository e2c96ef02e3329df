# and/or return one of their operands, not necessarily a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0)
print([] and "never", [1] and "second", "x" or "y", 0.0 or -0.0)
print(None and 1, False or None, True and None)
a = [] or [1]
print(a)
name = ""
print(name or "anonymous")
print(0 or 0.0 or "" or () or "last")
print(1 and 2 and 3 and 4, 1 and 0 and 3)
print(1 or 2 and 3, (1 or 2) and 3, 0 or 2 and 3, 0 and 2 or 3)
print(not 1 and 0, not (1 and 0), not 0 or 0)
x = 5
print(x > 3 and x < 10, x > 3 and "yes" or "no", x > 10 and "yes" or "no")
print(type(1 and 2), type(1 < 2 and 2 < 3))
