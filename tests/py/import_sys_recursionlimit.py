# sys.setrecursionlimit raises the depth Python code may reach;
# RecursionError is raised at the new limit.
import sys
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(sys.getrecursionlimit())
try:
    depth(1500)
except RecursionError as e:
    print("RecursionError at default limit:", e)
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
print(depth(4500))
try:
    depth(6000)
except RecursionError as e:
    print("RecursionError at 5000:", e)
sys.setrecursionlimit(20000)
print(depth(15000))
def probe():
    n = 0
    def down():
        nonlocal n
        n += 1
        down()
    try:
        down()
    except RecursionError:
        pass
    return n
sys.setrecursionlimit(300)
a = probe()
sys.setrecursionlimit(600)
b = probe()
print(b - a)
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setrecursionlimit(1.5)
except TypeError as e:
    print("TypeError:", e)
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
