# Nested for loops building a table.
for i in range(1, 6):
    row = ""
    for j in range(1, 6):
        p = str(i * j)
        row += " " * (4 - len(p)) + p
    print(row)
count = 0
for a in range(5):
    for b in range(a):
        for c in range(b):
            count += 1
print(count)
triples = []
for a in range(1, 30):
    for b in range(a, 30):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                triples.append((a, b, c))
print(triples)
# The loop variable keeps its last value after the loop.
for last in range(3):
    pass
print(last)
