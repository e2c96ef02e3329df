# A pipeline of generator stages: every item passes through several
# suspended frames (yield, yield from, generator expressions, send).
def source(n):
    i = 0
    while i < n:
        yield i
        i += 1

def scale(it, k):
    for x in it:
        yield x * k

def keep(it, mod):
    for x in it:
        if x % mod != 3:
            yield x

def pairs(it):
    prev = None
    for x in it:
        if prev is not None:
            yield prev, x
        prev = x

def chunks(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf

def flatten(it):
    for chunk in it:
        yield from chunk

def accumulator():
    total = 0
    while True:
        x = yield total
        total = (total * 7 + x) % 1000000007

def run(n):
    acc = accumulator()
    next(acc)
    stage = pairs(keep(scale(source(n), 3), 7))
    sums = (a + b for a, b in stage)
    result = 0
    for x in flatten(chunks(sums, 16)):
        result = acc.send(x)
    return result

print(run(3000000))
print(sum(x for x in source(3000000) if x & 1))
