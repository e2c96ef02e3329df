# text: word frequencies over generated English-like text: build paragraphs
# from a seeded word generator, then split, strip punctuation, lower-case,
# count with a dict and with collections.Counter, find the top words, build
# a report with str.join/format (dicts and strings). Size: thousands of
# sentences. Check: both counts agree, totals match the generator's, and the
# top words under random.seed(7) are CPython's.
import sys


def bench_size(default, smoke):
    """The problem size: --size N (or --size smoke), else COIL_BENCH_SIZE."""
    val = None
    args = sys.argv[1:]
    for i, a in enumerate(args):
        if a == "--size" and i + 1 < len(args):
            val = args[i + 1]
        elif a.startswith("--size="):
            val = a[7:]
    if val is None:
        try:
            import os
            val = os.environ.get("COIL_BENCH_SIZE")
        except ImportError:
            val = None
    if not val:
        return default
    if val == "smoke":
        return smoke
    return int(val)


def fail(msg):
    print("FAIL: " + msg, file=sys.stderr)
    sys.exit(1)


def check_close(what, got, want, rel=1e-9):
    if abs(got - want) > rel * max(1.0, abs(want)):
        fail("%s: got %r, expected %r" % (what, got, want))
import random
from collections import Counter

SYLLABLES = ["an", "ber", "cal", "do", "en", "fi", "gor", "ha", "is", "jun",
             "ka", "lo", "me", "nu", "or", "pa", "qui", "ro", "sa", "ti"]
PUNCT = ".,;:!?\"'()"


def make_vocabulary(rng, n):
    words = set()
    while len(words) < n:
        k = rng.randint(1, 3)
        words.add("".join(rng.choice(SYLLABLES) for _ in range(k)))
    return sorted(words)


def make_text(rng, vocab, sentences):
    # Zipf-like weights: word i is chosen ~ 1/(i+1) as often as the first.
    cum = []
    acc = 0.0
    for i in range(len(vocab)):
        acc += 1.0 / (i + 1)
        cum.append(acc)
    total = acc
    parts = []
    nwords = 0
    for s in range(sentences):
        n = rng.randint(4, 14)
        words = []
        for _ in range(n):
            r = rng.random() * total
            lo, hi = 0, len(cum) - 1
            while lo < hi:
                mid = (lo + hi) // 2
                if cum[mid] < r:
                    lo = mid + 1
                else:
                    hi = mid
            words.append(vocab[lo])
        nwords += n
        words[0] = words[0].capitalize()
        if n > 6:
            words[n // 2] += ","
        if s % 9 == 4:
            words[-1] = '"' + words[-1] + '"'
        parts.append(" ".join(words) + rng.choice([".", ".", ".", "!", "?"]))
        if s % 6 == 5:
            parts.append("\n\n")
    return " ".join(parts), nwords


def count_words(text):
    counts = {}
    for line in text.splitlines():
        for raw in line.split():
            w = raw.strip(PUNCT).lower()
            if w:
                counts[w] = counts.get(w, 0) + 1
    return counts


def report(counts, top):
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    width = max(len(w) for w, _ in ranked)
    lines = ["{:>3}. {:<{w}} {:>7}".format(i + 1, w, c, w=width) for i, (w, c) in enumerate(ranked)]
    return "\n".join(lines), ranked


EXPECTED = {
    2000: [("an", 2228), ("anan", 1099), ("ananber", 739), ("anancal", 534), ("anangor", 404)],
    140000: [("an", 154565), ("anan", 77154), ("ananber", 51216), ("anancal", 38287), ("anangor", 30777)],
}


def main():
    sentences = bench_size(140, 2) * 1000
    rng = random.Random(7)
    vocab = make_vocabulary(rng, 2000)
    text, nwords = make_text(rng, vocab, sentences)
    counts = count_words(text)
    counter = Counter(w.strip(PUNCT).lower() for w in text.split())
    if dict(counter) != counts:
        fail("Counter and dict counts differ")
    if sum(counts.values()) != nwords:
        fail("counted %d words, generated %d" % (sum(counts.values()), nwords))
    table, ranked = report(counts, 10)
    if [w for w, _ in counter.most_common(3)] != [w for w, _ in ranked[:3]]:
        fail("most_common disagrees: %r vs %r" % (counter.most_common(3), ranked[:3]))
    print("text: %d sentences, %d words, %d distinct, %d chars" % (sentences, nwords, len(counts), len(text)))
    print(table)
    if sentences in EXPECTED and ranked[:5] != EXPECTED[sentences]:
        fail("expected top words %r" % (EXPECTED[sentences],))


main()
