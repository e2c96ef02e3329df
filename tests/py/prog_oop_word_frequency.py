import re
from collections import Counter
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""
words = re.findall(r"[a-z']+", TEXT.lower())
freq = Counter(words)
print(len(words), len(freq))
for w, n in freq.most_common(6): print(f"{w:<10}{n:>3} {'#' * n}")
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
lengths = Counter(map(len, words)); print(sorted(lengths.items()))
bigrams = Counter(zip(words, words[1:])); print(bigrams.most_common(3))
sentences = [s.strip() for s in re.split(r"[.,]\s*", TEXT) if s.strip()]
print(len(sentences), max(sentences, key=len), min(sentences, key=len))
caps = re.findall(r"\b[A-Z]\w*", TEXT); print(caps)
print(Counter("mississippi").most_common(2), Counter({"a": 2, "b": 2, "c": 1}).most_common(), Counter(a=0, b=-1))
c = Counter(words); c.update(["best", "best"]); print(c["best"], c.most_common(1), list(c)[:3], c.total())
anagrams = {}
for w in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]:
    anagrams.setdefault("".join(sorted(w)), []).append(w)
print([g for g in anagrams.values() if len(g) > 1])
def is_pal(s): s = re.sub(r"[^a-z0-9]", "", s.lower()); return s == s[::-1]
print([is_pal(s) for s in ["A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon"]])
def caesar(s, k): return "".join(chr((ord(c) - b + k) % 26 + b) if c.isalpha() else c for c in s for b in [ord("A") if c.isupper() else ord("a")])
print(caesar("Hello, World!", 3), caesar(caesar("Hello, World!", 3), -3))
print(" ".join(w.capitalize() for w in "the quick brown fox".split()), "the quick brown".title(), "hello world".swapcase(), "Hello"[::-1], "a-b-c".split("-", 1), "  x  ".strip(), "abc".partition("b"), "a,b,,c".split(","), "ab cd".split(None), "tab\tsep".expandtabs(4))
