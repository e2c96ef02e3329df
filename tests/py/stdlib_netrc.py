# netrc: machines, default, macdef, quoting and escapes, comments, errors,
# and the ~/.netrc permission check (HOME pointed at a temporary directory).
import netrc
import os
import tempfile

d = tempfile.mkdtemp()


def parse(text, name="netrc"):
    path = os.path.join(d, name)
    with open(path, "w") as f:
        f.write(text)
    try:
        n = netrc.netrc(path)
    except netrc.NetrcParseError as e:
        print("NetrcParseError:", str(e).replace(d, "DIR"), e.lineno, e.msg)
        return None
    return n


n = parse("""machine host1.example.com login log1 password pass1 account acct1
# a comment line
machine host2 # trailing comment
    login "quoted user" password "pa ss\\"word"
default login anon password anon@
macdef init
cd /pub
tput

machine host3 user u3 password back\\ slash
""")
print(n.hosts)
print(n.macros)
print(n.authenticators("host1.example.com"), n.authenticators("host2"))
print(n.authenticators("unknown"), n.authenticators("host3"))
print(repr(n), end="")
print("---")

n = parse("machine only login x\n")
print(n.authenticators("other"), n.hosts)
n = parse("")
print(n.hosts, n.macros, repr(n))
n = parse("# comment only\n# another\n")
print(n.hosts)
parse("#comment only\n")
n = parse("machine a login b #password c\nmachine d password e\n")
print(n.hosts)

parse("machine a\nlogin b\nbogus c\n")
parse("nonsense\n")
parse("machine\n")
parse("macdef m\nline one\nline two")
parse("machine a login b\n  macdef\n")

# ~/.netrc: checked for ownership and permissions when no file is given
home = tempfile.mkdtemp()
os.environ["HOME"] = home
rc = os.path.join(home, ".netrc")
with open(rc, "w") as f:
    f.write("machine m login user password secret\n")
os.chmod(rc, 0o644)
try:
    netrc.netrc()
except netrc.NetrcParseError as e:
    print(e.msg, e.filename, e.lineno)
os.chmod(rc, 0o600)
print(netrc.netrc().hosts)
with open(rc, "w") as f:
    f.write("machine m login anonymous password x\n")
os.chmod(rc, 0o644)
print(netrc.netrc().hosts)
try:
    netrc.netrc(os.path.join(d, "missing"))
except FileNotFoundError as e:
    print("FileNotFoundError")
