# chr() and ord() round-trip across the code space.
for c in [0, 9, 10, 32, 65, 97, 126, 127, 128, 255, 256, 0x3b1, 0x20ac, 0xffff, 0x10000, 0x1f600, 0x10ffff]:
    ch = chr(c)
    print(c, repr(ch), ord(ch) == c, len(ch))
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("é"), ord("€"), ord("😀"))
s = ""
for i in range(65, 91):
    s += chr(i)
print(s)
shifted = ""
for ch in "Hello":
    shifted += chr(ord(ch) + 1)
print(shifted)
print(chr(True), ord(chr(1114111)))
