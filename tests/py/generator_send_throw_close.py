def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            break
        received.append(v)
    yield received
g = echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send(None))
def acc():
    total = 0
    while True:
        x = yield total
        total += x
a = acc()
a.send(None)
for i in range(1, 5):
    print(a.send(i))
a.close()
print(a.close())
print(next(a, "exhausted"))
def closer():
    yield 1
    yield 2
c = closer()
print(next(c))
c.close()
print(list(c))
c2 = closer()
c2.close()
print(next(c2, "never started"))
def sent_after_finish():
    yield 1
s = sent_after_finish()
print(list(s))
print(next(s, "end"))
