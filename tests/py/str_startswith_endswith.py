# startswith/endswith with tuples, start and end.
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.endswith(".gz"), s.endswith(".tar"))
print(s.startswith(("x", "fi")), s.endswith((".zip", ".gz")), s.startswith(()), s.endswith(""))
print(s.startswith("name", 4), s.startswith("name", 4, 6), s.endswith(".tar", 0, 12), s.endswith("file", -100, 4))
print(s.startswith("", 100), s.startswith("", 15), s.endswith("gz", -2), s.startswith("z", -1))
print("日本語".startswith("日本"), "日本語".endswith("語"), "😀x".startswith("😀"), "".startswith(""), "".endswith("a"))
