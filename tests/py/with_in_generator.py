# with inside generators and nested try.
class Tracker:
    def __init__(self, log):
        self.log = log
    def __enter__(self):
        self.log.append("enter")
        return self
    def __exit__(self, t, v, tb):
        self.log.append("exit:" + (t.__name__ if t else "ok"))
        return False

log = []
def gen():
    with Tracker(log):
        yield 1
        yield 2
for v in gen():
    log.append(v)
print(log)

log = []
g = gen()
next(g)
g.close()
print(log)

log = []
def f():
    try:
        with Tracker(log):
            try:
                raise ValueError("x")
            finally:
                log.append("inner finally")
    except ValueError:
        log.append("caught")
    return log
print(f())
