# Text processing with only str methods, slicing and dicts: caesar cipher, palindromes, run-length encoding.
def caesar(s, k):
    out = ""
    for ch in s:
        if "a" <= ch <= "z":
            out += chr((ord(ch) - 97 + k) % 26 + 97)
        elif "A" <= ch <= "Z":
            out += chr((ord(ch) - 65 + k) % 26 + 65)
        else:
            out += ch
    return out

msg = "The Quick Brown Fox, jumps over the lazy dog!"
enc = caesar(msg, 13)
print(enc)
print(caesar(enc, 13) == msg, caesar(msg, -3))

def is_pal(s):
    clean = ""
    for ch in s.lower():
        if ch.isalpha() or ch.isdigit():
            clean += ch
    return clean == clean[::-1]

for s in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", "", "ésé", "No 'x' in Nixon"]:
    print(repr(s), is_pal(s))

def rle(s):
    if not s:
        return []
    out = []
    cur = s[0]
    n = 1
    for ch in s[1:]:
        if ch == cur:
            n += 1
        else:
            out.append((cur, n))
            cur = ch
            n = 1
    out.append((cur, n))
    return out

def unrle(pairs):
    parts = []
    for ch, n in pairs:
        parts.append(ch * n)
    return "".join(parts)

data = "aaabccddddde😀😀f"
enc = rle(data)
print(enc)
print(unrle(enc) == data)
csv = "name,age,city\nAnn,34,Oslo\nBob,27,Zürich\nCy,45,東京\n"
rows = []
for line in csv.strip().split("\n"):
    rows.append(line.split(","))
header = rows[0]
for r in rows[1:]:
    rec = {}
    for i in range(len(header)):
        rec[header[i]] = r[i]
    print(rec, int(rec["age"]) + 1)
