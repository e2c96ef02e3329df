l = [1]
print(l.pop())
l.pop()
