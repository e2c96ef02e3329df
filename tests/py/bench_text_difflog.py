import sys, difflib, logging, io, copy
from collections import deque, Counter

N = int(sys.argv[1]) if len(sys.argv) > 1 else 300

def make_doc(n, variant):
    lines = []
    for i in range(n):
        if variant and i % 17 == 3:
            lines.append("changed line %d with extra words" % i)
        elif variant and i % 29 == 0:
            continue
        else:
            lines.append("line %d: the quick brown fox %s" % (i, "jumps" if i % 2 else "sleeps"))
        if variant and i % 41 == 7:
            lines.append("inserted %d" % i)
    return lines

class Node:
    def __init__(self, name, children=(), meta=None):
        self.name = name
        self.children = list(children)
        self.meta = meta or {}
        self.parent = None
    def __repr__(self):
        return "Node(%r, %d)" % (self.name, len(self.children))

def make_tree(depth, width, prefix="n"):
    n = Node(prefix, meta={"depth": depth, "tags": [prefix, depth], "t": (1, 2)})
    if depth > 0:
        for i in range(width):
            c = make_tree(depth - 1, width, prefix + str(i))
            c.parent = n
            n.children.append(c)
    return n

def main():
    a = make_doc(N, False)
    b = make_doc(N, True)
    diff = list(difflib.unified_diff(a, b, "a.txt", "b.txt", lineterm="", n=2))
    print(len(diff))
    print("\n".join(diff[:25]))
    sm = difflib.SequenceMatcher(None, a, b)
    print(round(sm.ratio(), 6), sm.get_opcodes()[:5])
    cd = list(difflib.context_diff(a[:40], b[:40], lineterm=""))
    print(len(cd), cd[:6])
    print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy", "applet"]))
    s2 = difflib.SequenceMatcher(lambda c: c == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
    print(round(s2.ratio(), 4), s2.get_matching_blocks())
    nd = list(difflib.ndiff(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"]))
    print("".join(nd))
    tot = 0.0
    for i in range(N // 3):
        tot += difflib.SequenceMatcher(None, "abcd%dxyz" % i, "abxd%dxz" % (i * 3)).quick_ratio()
    print(round(tot, 6))

    stream = io.StringIO()
    log = logging.getLogger("bench.app")
    log.setLevel(logging.DEBUG)
    h = logging.StreamHandler(stream)
    h.setFormatter(logging.Formatter("%(levelname)-8s %(name)s:%(lineno)s %(message)s"))
    log.addHandler(h)
    log.propagate = False
    sub = logging.getLogger("bench.app.sub")
    h2 = logging.StreamHandler(stream)
    h2.setFormatter(logging.Formatter("{levelname}|{name}|{message}", style="{"))
    h2.setLevel(logging.WARNING)
    sub.addHandler(h2)
    for i in range(N * 4):
        if i % 5 == 0:
            log.debug("debug %d %s", i, "x" * (i % 5))
        elif i % 5 == 1:
            sub.info("info %s", {"k": i})
        elif i % 5 == 2:
            sub.warning("warn %05.1f", i / 7)
        elif i % 5 == 3:
            log.error("error %r", (i, "e"))
        else:
            log.log(logging.CRITICAL, "crit %d", i)
    try:
        1 / 0
    except ZeroDivisionError:
        log.exception("boom")
    out = stream.getvalue()
    lines = out.splitlines()
    print(len(lines), Counter(l.split()[0].split("|")[0] for l in lines if l and not l.startswith((" ", "Trace", "ZeroD"))).most_common())
    print("\n".join(lines[:8]))
    print(lines[-1])
    print(logging.getLevelName(25), logging.getLevelName("WARNING"), log.isEnabledFor(5), sub.getEffectiveLevel())

    t = make_tree(4, 4)
    t2 = copy.deepcopy(t)
    print(t2, t2.children[1].children[2], t2.children[0].parent is t2, t2.meta == t.meta, t2.meta is t.meta)
    data = {"list": [[i, str(i), {"x": (i, [i])}] for i in range(N)], "set": frozenset(range(10))}
    data["self"] = data["list"]
    for _ in range(3):
        d2 = copy.deepcopy(data)
    print(d2["self"] is d2["list"], d2["list"][5], len(d2["list"]))
    sh = copy.copy(data)
    print(sh["list"] is data["list"])
    q = deque(maxlen=5)
    for i in range(N):
        q.append(i)
        if i % 3 == 0:
            q.appendleft(-i)
        q.rotate(1)
    print(list(q), q.maxlen, q.count(N - 1))

main()
