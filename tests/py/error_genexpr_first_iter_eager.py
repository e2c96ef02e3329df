def f():
    return (x for x in 5)
print("calling")
f()
