# binary-trees
import sys
def make_tree(d):
    return (make_tree(d - 1), make_tree(d - 1)) if d else (None, None)
def check_tree(node):
    l, r = node
    return 1 if l is None else 1 + check_tree(l) + check_tree(r)
n = 12
min_d, max_d = 4, max(6, n)
stretch = max_d + 1
print(f"stretch tree of depth {stretch}\t check: {check_tree(make_tree(stretch))}")
long_lived = make_tree(max_d)
for d in range(min_d, stretch, 2):
    iters = 2 ** (max_d - d + min_d)
    check = sum(check_tree(make_tree(d)) for _ in range(iters))
    print(f"{iters}\t trees of depth {d}\t check: {check}")
print(f"long lived tree of depth {max_d}\t check: {check_tree(long_lived)}")
