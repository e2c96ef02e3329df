def f():
    q = 1
    del q
    del q
f()
