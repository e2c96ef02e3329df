log = []
def worker(name):
    try:
        for i in range(3):
            yield name + str(i)
    finally:
        log.append("cleanup " + name)
w = worker("a")
print(next(w), next(w))
del w
print(log)
w2 = worker("b")
print(list(w2))
print(log)
w3 = worker("c")
next(w3)
w3.close()
w3.close()
print(log)
def nested_finally():
    try:
        try:
            yield 1
        finally:
            log.append("inner f")
    finally:
        log.append("outer f")
n = nested_finally()
next(n)
n.close()
print(log)
