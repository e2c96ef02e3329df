d = {(1, 2): "x"}
print(d[1, 2])
print(d[(3, 4)])
