def g():
    yield me.gi_running
    yield 2
me = g()
print(me.gi_running)
print(next(me))
print(me.gi_running)
print(list(me))
def selfref():
    yield next(s)
s = selfref()
next(s)
