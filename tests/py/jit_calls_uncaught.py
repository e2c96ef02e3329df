# An exception raised several calls deep from a hot loop escapes to the top:
# the traceback names every frame.
class Node:
    def __init__(self, v):
        self.v = v

    def check(self, limit):
        if self.v > limit:
            raise OverflowError("value %d too big" % self.v)
        return self.v

def inner(node, limit):
    return node.check(limit)

def middle(i):
    return inner(Node(i), 2500)

def outer(n):
    s = 0
    for i in range(n):
        s += middle(i)
    return s

print(outer(2000))
print(outer(3000))
