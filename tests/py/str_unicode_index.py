# Indexing and len count code points, not bytes.
s = "aé€😀z"
print(len(s))
for i in range(len(s)):
    print(i, s[i], ord(s[i]), s[-1 - i])
jp = "日本語のテキスト"
print(len(jp), jp[0], jp[3], jp[-1])
mixed = "Zürich→München ✈ Ωmega"
print(len(mixed), mixed[1], mixed[6], mixed[-5], mixed[15])
comb = "e\u0301"
print(len(comb), comb == "é", repr(comb[1]))
print(len("\U0001F600\U0001F601"), "\u00e9" == "é")
count = 0
for ch in "ñandú 🐍 code":
    count += 1
print(count)
