import sys, string, textwrap
from dataclasses import dataclass, field
from enum import Enum

N = int(sys.argv[1]) if len(sys.argv) > 1 else 2000

class Status(Enum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    CLOSED = "closed"

@dataclass
class Account:
    ident: int
    owner: str
    balance: float
    status: Status = Status.ACTIVE
    tags: list = field(default_factory=list)

    def label(self):
        return f"{self.owner!r:<14}#{self.ident:06d}"

def make_accounts(n):
    names = ["Ada", "Grace", "Linus", "Guido", "Barbara", "Ken", "Dennis", "Margaret"]
    out = []
    for i in range(n):
        st = [Status.ACTIVE, Status.ACTIVE, Status.SUSPENDED, Status.CLOSED][i % 4]
        a = Account(i, names[i % len(names)] + " " + chr(65 + i % 26), (i * 37.5) % 10007 - 500.25, st)
        a.tags = ["t%d" % (j) for j in range(i % 4)]
        out.append(a)
    return out

ROW_T = string.Template("$owner owes ${amount} (status=$status)$$")
HDR = "{:=^60}"

def render(accounts):
    parts = []
    parts.append(HDR.format(" REPORT "))
    total = 0.0
    for a in accounts:
        total += a.balance
        if a.ident % 3 == 0:
            parts.append(f"{a.label()} | {a.balance:>12,.2f} | {a.status.value:^10} | {len(a.tags):3d}")
        elif a.ident % 3 == 1:
            parts.append("{0:<6} {1.owner:>12} {2:+.3e} {3!s}".format(a.ident, a, a.balance, a.status))
        else:
            parts.append("%-6d %12s %10.1f %5.1f%% %x %o %r" % (a.ident, a.owner, a.balance,
                         (a.balance / 100.0) % 100, a.ident, a.ident, a.status.name))
        if a.ident % 50 == 0:
            parts.append(ROW_T.substitute(owner=a.owner, amount=format(a.balance, ".2f"), status=a.status.name))
            parts.append(ROW_T.safe_substitute({"owner": a.owner}))
    parts.append(HDR.format(f" total {total:,.4f} "))
    return "\n".join(parts)

def summarize(text):
    lines = text.splitlines()
    widths = [len(l) for l in lines]
    longest = max(lines, key=len)
    total = 0
    for l in lines:
        head, sep, tail = l.partition("|")
        a, b, c = l.rpartition(" ")
        total += len(head) + len(c) + l.count("e") + (l.find("Guido") + 1)
        if l.startswith(("0", "1")) and l.endswith("e"):
            total += 1
    return len(lines), sum(widths), longest[:40], total

def main():
    accs = make_accounts(N)
    text = render(accs)
    print(summarize(text))
    print(text[:500])
    print(text[-300:])
    para = " ".join(a.owner.lower() + ("," if a.ident % 7 == 0 else "") for a in accs[:400])
    w = textwrap.wrap(para, width=50)
    print(len(w), w[:3])
    print(textwrap.fill(para[:300], width=40, initial_indent="> ", subsequent_indent="  "))
    print(textwrap.dedent("""\
        hello
          world
        end"""))
    print(textwrap.indent("a\nb\n\nc", "+ "))
    print(textwrap.shorten("The quick brown fox jumps over the lazy dog", width=25, placeholder="..."))
    s = 0
    for a in accs:
        s += len(str(a.balance)) + len(repr(a.balance)) + len(f"{a.balance:g}") + len("{:e}".format(a.balance))
        s += len(f"{a.ident:#x}{a.ident:#b}{a.ident:_d}{-a.ident:08d}")
    print(s)
    print(repr(accs[5]))
    print(accs[3] == Account(3, accs[3].owner, accs[3].balance, Status.CLOSED, ["t0", "t1", "t2"]))
    print("|".join(x.capitalize().swapcase().center(9, "*") for x in ["abc", "DeF", "gHi"]))
    print("a,b,,c".split(","), "  a  b ".split(), "x".join("abc"), "Title case here".title())
    print("%(name)s is %(age)03d" % {"name": "Bob", "age": 7}, "%c%c" % (65, "z"), "%5s|%-5s|" % ("ab", "cd"))
    print(format(1234567.891, ",.1f"), format(0.000123, ".2%"), format(42, "*>8"), format(3.5, "=+10.2f"))

main()
