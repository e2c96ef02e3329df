# in / not in across containers.
print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2], 1 not in [1, 2])
print(1.0 in [1, 2], True in [1], 0 in [False], "1" in [1])
print("a" in ("a", "b"), "c" in ("a", "b"), (1, 2) in [(1, 2)], [1] in [[1]])
print("ell" in "hello", "" in "abc", "" in "", "lo!" in "hello", "é" in "café", "fé" in "café")
print("k" in {"k": 1}, 1 in {"k": 1}, 1 in {1.0: "x"}, True in {1: 0}, (1, 2) in {(1, 2): 3})
print(5 in range(10), 10 in range(10), -1 in range(-5, 5), 4 in range(0, 10, 3), 6 in range(0, 10, 3))
print(5.0 in range(10), 5.5 in range(10), 10 ** 20 in range(10 ** 21), 7 in range(10, 0, -1), 0 in range(10, 0, -1))
print(None in [None], None in [0, False, ""], [] in [[]], () in [])
d = {"a": 1, "b": 2}
print("a" in d.keys(), 2 in d.values(), ("b", 2) in d.items(), ("b", 3) in d.items())
n = float("nan")
print(n in [n])
