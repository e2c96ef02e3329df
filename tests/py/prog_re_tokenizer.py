import re
TOKEN = re.compile(r'''
    (?P<num>\d+(?:\.\d*)?)
  | (?P<name>[A-Za-z_]\w*)
  | (?P<op>[-+*/()=])
  | (?P<ws>\s+)
  | (?P<bad>.)
''', re.VERBOSE)

def tokenize(src):
    out = []
    for m in TOKEN.finditer(src):
        kind = m.lastgroup
        if kind == 'ws':
            continue
        out.append((kind, m.group(), m.start()))
    return out

for line in ['x = 3 + 4.5 * (y - 2)', 'a1=b2/c3', 'oops $ here']:
    print(tokenize(line))

log = '''2024-01-02 ERROR disk full on /dev/sda1
2024-01-02 INFO started
2024-01-03 WARN slow response 532ms
2024-01-04 ERROR timeout after 30s'''
pat = re.compile(r'^(\d{4})-(\d\d)-(\d\d) (ERROR|WARN|INFO) (.*)$', re.M)
counts = {}
for y, mo, d, level, msg in pat.findall(log):
    counts[level] = counts.get(level, 0) + 1
print(sorted(counts.items()))
print(re.sub(r'(\d+)(ms|s)\b', lambda m: str(int(m.group(1)) * (1 if m.group(2) == 'ms' else 1000)) + 'ms', log))
words = re.findall(r'[a-z]+', log.lower())
print(len(words), sorted(set(words))[:5])
print(re.sub(r'(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)', r'\g<d>/\g<m>/\g<y>', log.splitlines()[0]))
