# Nested loops over range with small-int arithmetic and a bounded accumulator.
def run(n):
    total = 0
    for i in range(n):
        for j in range(n):
            total += (i * j) ^ (i + j)
            if total > 1000000007:
                total -= 1000000007
    return total

print(run(5500))
