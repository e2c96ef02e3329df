# string processing: word wrap, justify, histogram
text = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
        "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud.")
def wrap(words, width):
    lines, cur = [], []
    for w in words:
        if cur and len(" ".join(cur + [w])) > width: lines.append(cur); cur = []
        cur.append(w)
    if cur: lines.append(cur)
    return lines
def justify(line, width):
    if len(line) == 1: return line[0].ljust(width)
    gaps = len(line) - 1; spaces = width - sum(map(len, line))
    out = ""
    for i, w in enumerate(line[:-1]):
        out += w + " " * (spaces // gaps + (i < spaces % gaps))
    return out + line[-1]
for l in wrap(text.split(), 30): print("|" + justify(l, 30) + "|")
from collections import Counter
freq = Counter(c for c in text.lower() if c.isalpha())
for ch, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"{ch} {'#' * n} {n}")
print(text.title()[:40], text.count("or"), text.find("dolor"), text.rfind("dolor"))
vowels = sum(text.lower().count(v) for v in "aeiou"); print(vowels, f"{vowels / len(text):.2%}")
acr = "".join(w[0].upper() for w in "portable network graphics".split()); print(acr)
print(" ".join(w.capitalize() for w in "hello   world".split(" ")), "hello world".split(" "))
print("{:^30}".format("centered"), "{:-^30}".format(" title "), "{:>30}".format("right"))
