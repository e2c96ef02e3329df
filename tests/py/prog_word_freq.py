# Word frequency over a long literal text using dicts and str methods.
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything before
us, we had nothing before us, we were all going direct to Heaven, we were all
going direct the other way - in short, the period was so far like the present
period, that some of its noisiest authorities insisted on its being received,
for good or for evil, in the superlative degree of comparison only.
There were a king with a large jaw and a queen with a plain face, on the throne
of England; there were a king with a large jaw and a queen with a fair face, on
the throne of France. In both countries it was clearer than crystal to the lords
of the State preserves of loaves and fishes, that things in general were settled
for ever. Café, naïve, résumé: non-ASCII words count too. Café café!"""
counts = {}
order = []
for raw in text.split():
    word = raw.strip(".,;:!-").lower()
    if word == "":
        continue
    if word not in counts:
        counts[word] = 0
        order.append(word)
    counts[word] += 1
print(len(text.split()), len(counts))
def freq(w):
    return counts[w]
top = order.copy()
top.sort(key=freq, reverse=True)
for w in top[:12]:
    print(w, counts[w])
print(counts["café"], counts.get("missing", 0), counts["naïve"])
lengths = {}
for w in order:
    n = len(w)
    lengths[n] = lengths.get(n, 0) + 1
keys = list(lengths.keys())
keys.sort()
for k in keys:
    print(k, lengths[k])
longest = max(order, key=len)
print(longest, len(longest))
lines = text.split("\n")
print(len(lines), lines[0].count("it"), text.count("was"), text.find("Heaven"), text.rfind("the"))
print(text.replace("it was", "IT WAS", 3)[:80])
