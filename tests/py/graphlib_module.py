# graphlib: TopologicalSorter ordering, incremental use, cycles, errors.
import graphlib

graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
ts = graphlib.TopologicalSorter()
ts.add("D", "B", "C")
ts.add("C", "A")
ts.add("B", "A")
print(list(ts.static_order()))
print(list(graphlib.TopologicalSorter({1: [2, 3], 2: [4], 3: [4], 5: []}).static_order()))
print(tuple(graphlib.TopologicalSorter({2: {11}, 9: {11, 8}, 10: {11, 3}, 11: {7, 5}, 8: {7, 3}}).static_order()))

ts = graphlib.TopologicalSorter({"x": ["y", "z"], "y": ["w"], "z": ["w"]})
ts.prepare()
steps = []
while ts.is_active():
    ready = ts.get_ready()
    steps.append(sorted(ready))
    for node in ready:
        ts.done(node)
print(steps, bool(ts))

ts = graphlib.TopologicalSorter()
ts.add(1, 2)
ts.prepare()
for call in [lambda: ts.add(3), lambda: ts.prepare(), lambda: ts.done(1), lambda: ts.done(9)]:
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
print(ts.get_ready())
ts.done(2)
try:
    ts.done(2)
except ValueError as e:
    print("ValueError", e)
try:
    graphlib.TopologicalSorter().get_ready()
except ValueError as e:
    print("ValueError", e)

for g in [{1: [2], 2: [3], 3: [1]}, {"a": ["b"], "b": ["c"], "c": ["b"], "d": ["a"]},
          {1: [1]}, {0: [1, 2], 2: [3], 3: [4, 0]}]:
    try:
        graphlib.TopologicalSorter(g).prepare()
    except graphlib.CycleError as e:
        print("CycleError", e.args[0], e.args[1], isinstance(e, ValueError))
print(graphlib.TopologicalSorter[int])
ts = graphlib.TopologicalSorter()
ts.add("solo")
print(list(ts.static_order()))
