# Tier 2: recursion in compiled code up to RecursionError (caught, and the
# program goes on), and deep recursion under a raised limit.
import sys


def rec(n):
    return rec(n + 1) + 1


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


for i in range(3):
    try:
        rec(0)
    except RecursionError as e:
        print("caught", type(e).__name__, e)
print(depth(0))
print(depth(0))


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(20))


def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)


sys.setrecursionlimit(60000)
print(sum_to(50000))
try:
    sum_to(100000)
except RecursionError:
    print("too deep")
sys.setrecursionlimit(1000)
print(sum_to(900))


def mutual_a(n):
    return 0 if n <= 0 else 1 + mutual_b(n - 1)


def mutual_b(n):
    return 0 if n <= 0 else 2 + mutual_a(n - 1)


print(mutual_a(500))
try:
    mutual_a(5000)
except RecursionError:
    print("mutual too deep")
print(mutual_a(501))


class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt

    def total(self):
        return self.v + (self.nxt.total() if self.nxt else 0)


head = None
for i in range(800):
    head = Node(i, head)
print(head.total())
