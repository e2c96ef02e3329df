# str.rsplit splits from the right when maxsplit limits it.
print("a b c d".rsplit(), "a b c d".rsplit(None, 1), "a b c d".rsplit(" ", 2))
print("a,b,c".rsplit(",", 1), "a,b,c".rsplit(",", 0), "a,b,c".rsplit(","))
print("  x  y  ".rsplit(None, 1), "  x  y  ".rsplit(" ", 1))
print("".rsplit(), "".rsplit("x"), "xx".rsplit("x"), "path/to/file.txt".rsplit("/", 1), "file.tar.gz".rsplit(".", 1))
print("aaaa".rsplit("aa"), "aaaaa".rsplit("aa", 1), "日本語日本".rsplit("日", 1))
