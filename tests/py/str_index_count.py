# str.index finds or raises; str.count counts non-overlapping matches.
s = "banana bandana"
print(s.index("an"), s.index("an", 2), s.index("d"), s.index("a", -3), s.index("na", 3, 7))
print(s.count("a"), s.count("an"), s.count("ana"), s.count(""), s.count("z"), s.count("a", 7), s.count("a", 0, 6))
print("aaaa".count("aa"), "".count(""), "abc".count("", 1), "éé ée".count("é"), "😀😀".count("😀"))
print(s.count("a", -4), s.count("a", 100), "abc".count("abc", 0, 2))
