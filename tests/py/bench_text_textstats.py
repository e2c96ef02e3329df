import sys, re, unicodedata, itertools, string, heapq
from collections import Counter, defaultdict

N = int(sys.argv[1]) if len(sys.argv) > 1 else 400

WORDS = ("the quick brown fox jumps over lazy dog naïve café résumé Ünïcödé straße "
         "Python data text processing élan coöperate über façade jalapeño 東京 数据").split()

def make_text(n):
    seed = 7
    paras = []
    for p in range(n):
        sent = []
        for s in range(5):
            ws = []
            for w in range(6 + p % 5):
                seed = (seed * 69069 + 1) & 0xffffffff
                ws.append(WORDS[seed % len(WORDS)])
            s_ = " ".join(ws)
            sent.append(s_[0].upper() + s_[1:] + (".", "!", "?")[seed % 3])
        paras.append(" ".join(sent))
    return "\n\n".join(paras)

PUNCT = str.maketrans("", "", string.punctuation)

def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")

def main():
    text = make_text(N)
    print(len(text), text[:120])
    sentences = re.split(r"(?<=[.!?])\s+", text)
    print(len(sentences), sentences[3])
    words = text.translate(PUNCT).lower().split()
    freq = Counter(words)
    print(freq.most_common(6))
    print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[-3:])
    folded = Counter(strip_accents(w).casefold() for w in words)
    print(folded.most_common(4), "strasse" in folded, len(folded))
    by_len = defaultdict(list)
    for w in freq:
        by_len[len(w)].append(w)
    for k in sorted(by_len)[:6]:
        print(k, sorted(by_len[k])[:5])
    bigrams = Counter(zip(words, words[1:]))
    print(bigrams.most_common(3))
    groups = [(k, len(list(g))) for k, g in itertools.groupby(sorted(words, key=len), key=len)]
    print(groups)
    print(heapq.nlargest(3, freq, key=freq.get), heapq.nsmallest(2, sorted(freq)))
    caps = sum(1 for w in text.split() if w[:1].isupper())
    alpha = sum(c.isalpha() for c in text)
    digits = sum(c.isdigit() for c in "a1b2c3" * N)
    print(caps, alpha, digits, text.count("the"), text.lower().count("the"))
    print([unicodedata.name(c) for c in "é東ß"], unicodedata.normalize("NFC", "e\u0301") == "é")
    print("Straße".upper(), "ǅungla".lower(), "ﬁsh".casefold(), "İ".lower().encode())
    print("x".join(w.title() for w in WORDS[:5]), "naïve café".title(), "hello world".capitalize())
    print(" ".join(w.ljust(8, ".") for w in WORDS[:4]), "|", "abc".zfill(6), "-5".zfill(4))
    print("%s" % text.splitlines()[0][:40], text.split("\n\n")[1][:30])
    acc = 0
    for para in text.split("\n\n"):
        lines = para.split(". ")
        acc += sum(len(l.strip()) for l in lines)
        acc += para.find("fox") + para.rfind("dog") + para.index(para[:3])
        acc += len(para.replace("the", "THE").encode("utf-8"))
        if para.startswith(("The", "A")):
            acc += 1
    print(acc)
    table = {w: i for i, w in enumerate(sorted(freq))}
    enc = [table[w] for w in words[:5000]]
    inv = {v: k for k, v in table.items()}
    print(" ".join(inv[i] for i in enc[:8]), max(enc), sum(enc))
    print(sorted(set(text) - set(string.printable))[:10])
    print(repr(text[:30].expandtabs()), ascii("café 東"), "café".encode("ascii", "xmlcharrefreplace"), "ü".encode("ascii", "backslashreplace"))

main()
