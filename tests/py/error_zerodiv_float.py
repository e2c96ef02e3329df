x = 1.5
y = 0.0
print(x)
print(x / y)
