# Argument errors of str methods, with CPython's wording.
tests = [
    lambda: "-".join("a", "b"),
    lambda: "5".zfill(),
    lambda: "abc".replace(None, "x"),
    lambda: "abc".replace("a", None),
    lambda: "abc".removeprefix(None),
    lambda: "abc".removesuffix(3),
    lambda: "abc".encode(None),
    lambda: str.maketrans("a", None),
    lambda: "x".join([1]),
    lambda: ", ".join(["a", None]),
]
for t in tests:
    try:
        print(repr(t()))
    except TypeError as e:
        print("TypeError:", e)
print("a b".split(None), "-".join(["x", "y"]), "7".zfill(3))
