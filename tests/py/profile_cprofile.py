# cProfile, profile and pstats: call counts (primitive and total), callers,
# builtin labels, sorting and the report layout (times masked: they vary).
import cProfile
import profile
import pstats
import io
import re
import sys
import os
import tempfile

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def gen(n):
    for i in range(n):
        yield i

def work():
    total = 0
    for i in range(5):
        total += len(str(fib(i)))
    items = []
    items.append(1)
    d = {}
    d.get(1)
    total += sum(gen(3))
    try:
        int("x")
    except ValueError:
        pass
    return total

def mask(text):
    return re.sub(r'\d+\.\d{3}', 'T', text)

def counts(st):
    rows = []
    for key, (cc, nc, tt, ct, callers) in st.stats.items():
        fn, line, name = key
        if os.path.basename(fn) in ('profile.py', 'cProfile.py'):
            continue
        cs = []
        for c, v in callers.items():
            if os.path.basename(c[0]) in ('profile.py', 'cProfile.py'):
                continue
            cs.append((c[2], v if isinstance(v, int) else v[:2]))
        name = re.sub(r'at 0x[0-9a-f]+', 'at ADDR', name)
        cs = [(re.sub(r'at 0x[0-9a-f]+', 'at ADDR', c), v) for c, v in cs]
        rows.append((os.path.basename(fn), name, cc, nc, sorted(cs)))
    rows.sort(key=lambda r: (r[1], r[0]))
    return rows

print("== cProfile enable/disable")
pr = cProfile.Profile()
pr.enable()
r = work()
pr.disable()
print(r)
st = pstats.Stats(pr)
for row in counts(st):
    print(row)
print(st.total_calls, st.prim_calls)

print("== cProfile runcall, context manager, runctx")
pr = cProfile.Profile()
print(pr.runcall(fib, 6))
for row in counts(pstats.Stats(pr)):
    print(row)
with cProfile.Profile() as pr:
    fib(3)
for row in counts(pstats.Stats(pr)):
    print(row)
pr = cProfile.Profile()
pr.runctx("x = fib(4)", globals(), None)
print(x)
for row in counts(pstats.Stats(pr)):
    print(row)

print("== profile")
p = profile.Profile()
print(p.runcall(work))
for row in counts(pstats.Stats(p)):
    print(row)

print("== reports")
out = io.StringIO()
pr = cProfile.Profile()
pr.runcall(work)
st = pstats.Stats(pr, stream=out)
st.strip_dirs().sort_stats('stdname').print_stats()
st.sort_stats(pstats.SortKey.NAME).print_stats('fib')
st.sort_stats('pcalls', 'name').print_stats(3)
st.print_callers('fib')
st.print_callees('work')
print(mask(out.getvalue()))

print("== dump and load")
fd, path = tempfile.mkstemp()
os.close(fd)
pr.dump_stats(path)
out = io.StringIO()
loaded = pstats.Stats(path, stream=out)
print(sorted(r[:4] for r in counts(loaded)) == sorted(r[:4] for r in counts(st)) or counts(loaded))
merged = pstats.Stats(path)
merged.add(path)
print([(r[1], r[3]) for r in counts(merged) if r[1] == 'fib'])
os.unlink(path)

print("== the command line (cProfile.main, profile.main)")
fd, script = tempfile.mkstemp(suffix='.py')
os.close(fd)
with open(script, 'w') as f:
    f.write("def f(n):\n    return [str(i) for i in range(n)]\nprint(len(f(3)))\n")
for mod in (cProfile, profile):
    saved = sys.argv, sys.stdout, sys.path[:]
    sys.argv = [mod.__name__, '-s', 'stdname', script]
    sys.stdout = buf = io.StringIO()
    try:
        mod.main()
    finally:
        sys.argv, sys.stdout, sys.path[:] = saved
    text = mask(buf.getvalue()).replace(os.path.basename(script), 'SCRIPT')
    text = re.sub(r'at 0x[0-9a-f]+', 'at ADDR', text)
    text = re.sub(r'file ".*?"', 'file "PATH"', text)
    print(text)
os.unlink(script)
