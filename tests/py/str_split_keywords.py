# split and rsplit accept sep and maxsplit as keywords.
print("a b c".split(maxsplit=1), "a b c".split(sep=" ", maxsplit=1), "a,b,c".split(sep=","))
print("a b c".rsplit(maxsplit=1), "a,b,c".rsplit(sep=",", maxsplit=1), "x y".rsplit(sep=None))
