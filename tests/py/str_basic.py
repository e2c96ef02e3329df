# Basic string operations.
s = "hello"
print(s, len(s), s[0], s[-1], s[1:3], s + " world", s * 3, s * 0, s * -1)
print("" == "", len(""), "a" + "" == "a", str(""), repr(""))
print('single', "double", '''triple
quoted''', """another
triple""")
print("it's", 'say "hi"', "tab\there", "new\nline", "back\\slash")
print(str(123), str(-4.5), str(None), str(True), str([1, "a"]), str((1,)), str({"k": "v"}))
print("con" "cat" "enation")
print(type(s), type(""), s == "hel" + "lo", s is not None)
t = "x"
for i in range(5):
    t = t + t
print(len(t), t[:10])
