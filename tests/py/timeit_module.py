# timeit: Timer with string and callable statements, setup, globals,
# repeat, autorange; errors in the statement propagate.
import timeit

calls = []
def work():
    calls.append(1)

t = timeit.Timer(work)
r = t.timeit(number=7)
print(type(r).__name__, r >= 0, len(calls))

n = timeit.timeit("x.append(1)", setup="x = []", number=1000)
print(n >= 0)

g = {"acc": []}
timeit.timeit("acc.append(len(acc))", number=5, globals=g)
print(g["acc"])

res = timeit.repeat("sum(range(10))", repeat=3, number=100)
print(len(res), all(v >= 0 for v in res))

counter = [0]
def tick():
    counter[0] += 1
t = timeit.Timer(tick, setup=lambda: counter.append("setup"))
t.timeit(3)
print(counter)

number, taken = timeit.Timer("pass").autorange()
print(number >= 1, taken >= 0.2)

try:
    timeit.timeit("1/0", number=1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    timeit.Timer(5)
except ValueError as e:
    print("ValueError", e)
try:
    timeit.Timer("return 1")
except SyntaxError as e:
    print("SyntaxError", e.msg)
print(timeit.default_timer is __import__("time").perf_counter)
