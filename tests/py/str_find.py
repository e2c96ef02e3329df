# find and rfind with optional start and end; -1 when absent.
s = "hello wörld, hello wörld"
print(s.find("hello"), s.rfind("hello"), s.find("wörld"), s.rfind("wörld"), s.find("xyz"), s.rfind("xyz"))
print(s.find("o"), s.find("o", 5), s.find("o", 5, 6), s.find("o", -5), s.rfind("o", 0, 10), s.rfind("o", -100, -20))
print(s.find(""), s.rfind(""), s.find("", 5), s.find("", 100), s.rfind("", 3, 3), len(s))
print("abc".find("c", 10), "abc".find("a", -1), "abc".find("c", -1), "abc".rfind("a", 1))
print("日本語日本".find("本"), "日本語日本".rfind("本"), "日本語日本".find("語", 3), "😀a😀".rfind("😀"))
print("aaa".find("aa"), "aaa".rfind("aa"), "".find(""), "".find("a"))
print(s.find("l", None, None), s.find("l", 3, None))
