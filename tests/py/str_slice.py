# String slicing by code point.
s = "Hello, wörld! ✓"
print(s[0:5], s[7:], s[-1], s[-7:-2], s[::2], s[::-1], s[3:3], s[100:], s[:-100])
print(s[8], s[-1], len(s), len(s[7:12]))
u = "αβγδεζηθ"
print(u[1:4], u[::-2], u[-3:], u[:1], u[5::-2])
e = "😀a😃b😄"
print(len(e), e[0], e[1], e[2], e[::2], e[1::2], e[::-1])
print(""[:], ""[::-1], "a"[1:], "ab"[-1:], "abc"[1:-1])
x = "0123456789"
print(x[2:8:3], x[8:2:-3], x[-1::-4], x[None:None:2])
