import re
print(int(re.I), int(re.IGNORECASE), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U), int(re.I | re.M))
print(re.findall('a', 'aAa', re.I), re.findall('é', 'ÉéE', re.I))
print(re.findall('.', 'a\nb'), re.findall('.', 'a\nb', re.S), re.findall('(?s).', 'a\nb'))
print(re.findall(r'^\d', '1\n2\n3', re.M), re.findall(r'\d$', '1\n2\n3', re.M))
p = re.compile(r'''
    (\d+)   # number
    \s*     # space
    ([a-z]+) # word
''', re.X)
print(p.findall('12 ab 3cd'), p.groups)
print(re.findall(r'\w+', 'héllo wörld'), re.findall(r'\w+', 'héllo wörld', re.A), re.findall(r'(?a)\w+', 'héllo'))
print(re.findall(r'\d', '1٣2'), re.findall(r'\d', '1٣2', re.ASCII), re.findall(r'\s', 'a\u00a0b c'))
print(re.compile('a').flags, re.compile('a', re.I).flags, re.compile('(?i)a').flags, re.compile(b'a').flags, re.compile('a', re.A).flags)
print(re.compile('a'), re.compile('a', re.I | re.M), re.compile(b'x', re.I), re.compile('a', re.A))
print(re.compile('(?im)a').flags & re.M != 0, re.compile('x', re.S | re.X))
print(re.match('a', 'A', flags=re.IGNORECASE), re.search('(?i)straße', 'STRASSE') is None)
