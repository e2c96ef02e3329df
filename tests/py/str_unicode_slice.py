# Slicing non-ASCII strings by code point.
s = "Ünïcödé→テスト🎉!"
print(s[:3], s[3:7], s[7:8], s[8:11], s[11:], s[-2:], s[::-1], s[::3], s[1::4])
print(len(s[:10]), len(s[10:]), s[:10] + s[10:] == s)
e = "🎉🎊🎈"
print(e[1:], e[:-1], e[::-1], e[1:2], len(e[0:2]))
print("αβγ"[5:], "αβγ"[-5:2], "αβγ"[1:-1])
ascii_then = "abc" + "ω"
print(ascii_then, len(ascii_then), ascii_then[2:], ascii_then[:-1])
