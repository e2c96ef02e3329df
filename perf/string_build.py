# String building by repeated += and by list append + join, with a checksum.
def build_concat(n):
    s = ""
    for i in range(n):
        s += str(i % 97)
        s += ","
    return s

def build_join(n):
    parts = []
    for i in range(n):
        parts.append(str(i * 7 % 1000))
    return "-".join(parts)

def checksum(s):
    h = 0
    for ch in s:
        h = (h * 31 + ord(ch)) % 1000000007
    return h

a = build_concat(3500000)
b = build_join(3500000)
print(len(a), len(b))
print(checksum(a[:2000000]), checksum(b[-2000000:]))
