class Node:
    count = 0
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt
        Node.count += 1
    def __iter_vals(self):
        n = self
        while n is not None:
            yield n.val
            n = n.next
    def values(self):
        return list(self.__iter_vals())
head = None
for i in range(5):
    head = Node(i, head)
print(head.values(), Node.count)
class Tree:
    def __init__(self, v, children=()):
        self.v = v
        self.children = list(children)
    def total(self):
        return self.v + sum(c.total() for c in self.children)
    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)
t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(t.total(), t.depth())
