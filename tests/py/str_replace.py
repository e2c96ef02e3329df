# str.replace with counts, empty patterns and non-ASCII.
s = "the cat sat on the mat"
print(s.replace("at", "og"), s.replace("the", "a"), s.replace("at", "og", 1), s.replace("at", "og", 0))
print(s.replace("zzz", "y"), s.replace(" ", ""), s.replace("t", "T", -1))
print("aaaa".replace("a", "b", 2), "aaaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("".replace("", "x"), "".replace("a", "b"), "abc".replace("abc", ""))
print("naïve".replace("ï", "i"), "日本語".replace("本", "ほん"), "😀😀".replace("😀", ":)"))
print("banana".replace("ana", "ANA"), "aaa".replace("a", "aa"))
