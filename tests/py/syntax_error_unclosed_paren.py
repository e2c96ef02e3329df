x = 1
print(x)
y = (1, 2,
     3
print(y)
