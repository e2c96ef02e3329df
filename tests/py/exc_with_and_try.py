# with and try combined: ordering of __exit__, except and finally.
class CM:
    def __init__(self, tag, log):
        self.tag, self.log = tag, log
    def __enter__(self):
        self.log.append("enter " + self.tag)
        return self
    def __exit__(self, t, v, tb):
        self.log.append("exit %s %s" % (self.tag, t.__name__ if t else "-"))

log = []
try:
    with CM("a", log):
        try:
            with CM("b", log):
                raise KeyError("x")
        finally:
            log.append("finally")
except KeyError:
    log.append("caught")
print(log)

def ret(log):
    try:
        with CM("c", log):
            return "value"
    finally:
        log.append("after with")
log = []
print(ret(log), log)

log = []
for i in range(2):
    try:
        with CM(str(i), log):
            if i == 0:
                continue
            break
    finally:
        log.append("f%d" % i)
print(log)
