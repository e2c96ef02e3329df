total = 0
for v in [4, 2, 1, 0, 5]:
    total += 100 // v
    print(total)
