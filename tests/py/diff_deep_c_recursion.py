# Deep recursion (limit raised) through paths that re-enter the interpreter
# from C in coil: __getitem__, builtins calling Python code, generators.
# CPython 3.11 runs these; coil must not overflow its C stack on them.
import sys
sys.setrecursionlimit(200000)
class Chain:
    def __getitem__(self, i):
        return 0 if i == 0 else self[i - 1] + 1
print(Chain()[50000])
def via_max(n):
    return 0 if n == 0 else max([via_max(n - 1)]) + 1
print(via_max(50000))
def plain(n):
    return 0 if n == 0 else plain(n - 1) + 1
print(plain(150000))
def nested_gen(n):
    if n:
        yield from nested_gen(n - 1)
    else:
        yield "bottom"
print(list(nested_gen(5000)))
def dfs(graph, node, seen):
    seen.add(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs(graph, nxt, seen)
    return seen
line = {i: [i + 1] if i < 100000 else [] for i in range(100001)}
print(len(dfs(line, 0, set())))
