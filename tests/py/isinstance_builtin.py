# isinstance with builtin types and tuples of types; bool is an int.
vals = [0, True, 1.5, "s", [], (), {}, None, range(1), 10 ** 30, slice(1)]
types = [int, bool, float, str, list, tuple, dict, range, slice]
for v in vals:
    row = []
    for t in types:
        row.append(isinstance(v, t))
    print(repr(v), row)
print(isinstance(1, (str, int)), isinstance(1, (str, float)), isinstance("x", (list, (tuple, str))), isinstance(1, ()))
print(isinstance(None, type(None)), isinstance(1.0, (int,)), isinstance(False, int))
