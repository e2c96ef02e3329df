# repr of lists: nested, strings quoted, self-referencing lists print [...].
print([1, "a", 'b"', "c'", 2.0, None, [True, []]])
l = [1, 2]
l.append(l)
print(l)
print(repr(l), len(l))
m = [l, [l]]
print(m)
d = {"self": None}
d["self"] = d
print(d)
n = []
n.append((n, "x"))
print(n)
