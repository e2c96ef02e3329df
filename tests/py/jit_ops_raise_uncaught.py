# raise ... from ... inside a hot loop, uncaught: the chained traceback.

def lookup(d, k):
    return d[k]

def run():
    d = {i: i * 2 for i in range(100)}
    s = 0
    for i in range(3000):
        try:
            s += lookup(d, i % 150)
        except KeyError as e:
            if i > 2500:
                raise ValueError(f"bad key {i % 150}, sum {s}") from e
            s -= 1
    return s

print("start")
run()
