# String comparison is by code point.
pairs = [("a", "b"), ("b", "a"), ("a", "a"), ("a", "ab"), ("", "a"), ("Z", "a"), ("é", "e"), ("é", "z"),
         ("日", "本"), ("abc", "abd"), ("😀", "😁"), ("\uffff", "\U00010000"), ("A", "a"), ("10", "9")]
for x, y in pairs:
    print(repr(x), repr(y), x < y, x <= y, x == y, x != y, x > y, x >= y)
print(max("apple", "banana", "cherry"), min("b", "a", "c"), max("héllo"), min("héllo"))
print("abc" == "abc", "a" * 3 == "aaa")
