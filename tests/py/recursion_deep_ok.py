# Recursion well inside the default limit of 1000 must work.
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(100))
print(depth(900))
print(depth(950))
def sum_list(lst, i):
    if i == len(lst):
        return 0
    return lst[i] + sum_list(lst, i + 1)
print(sum_list(list(range(800)), 0))
# Repeating deep recursion must not leak stack.
total = 0
for i in range(50):
    total += depth(900)
print(total)
