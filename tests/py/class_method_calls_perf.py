class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def dot(self, o):
        return self.x * o.x + self.y * o.y
    def scale(self, k):
        return Vec(self.x * k, self.y * k)
total = 0
v = Vec(1, 2)
for i in range(20000):
    w = v.scale(i)
    total += w.dot(v)
print(total)
class Acc:
    def __init__(self):
        self.n = 0
    def add(self, k):
        self.n += k
acc = Acc()
for i in range(10000):
    acc.add(i)
print(acc.n)
