# str.join with various separators and iterables.
print(",".join(["a", "b", "c"]))
print("".join(["x", "y"]), " ".join([]), "-".join(["solo"]), "::".join(("t", "u", "p")))
print("+".join("abc"), ", ".join({"k1": 1, "k2": 2}), "é".join(["ü", "ö"]))
words = []
for i in range(10):
    words.append(str(i * i))
print(" ".join(words))
print("\n".join(["line1", "line2"]))
print(repr("".join([])), repr(",".join(["", "", ""])))
print("→".join(["日", "本"]), len("ab".join(["x"] * 5)))
