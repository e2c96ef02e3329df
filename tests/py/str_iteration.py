# Iterating over strings yields 1-character strings.
for ch in "héllo":
    print(repr(ch), len(ch), type(ch))
chars = []
for ch in "a😀b":
    chars.append(ch)
print(chars, list("xyz"), tuple("ab"), list(""))
vowels = 0
for ch in "the quick brown fox jumps over the lazy dog":
    if ch in "aeiou":
        vowels += 1
print(vowels)
rev = ""
for ch in "stressed":
    rev = ch + rev
print(rev)
