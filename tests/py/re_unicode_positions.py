import re
s = 'caféx! ünïcode ✓ done'
m = re.search('é(.)', s)
print(m, m.span(), m.span(1), m.start(), m.end(1))
print([m.span() for m in re.finditer(r'\w+', s)])
print(re.findall(r'\w+', s), re.split(r'\s', s))
print(re.sub(r'[^\x00-\x7f]', '?', s))
print(re.search('✓', s).span(), re.search(r'\S+$', s).span())
p = re.compile(r'\w')
print(p.search(s, 3), p.match(s, 4), p.findall(s, 15))
print(re.findall('.', '日本語'), re.search('本', '日本語').span(), re.sub('本', 'X', '日本語'))
print(re.split('', 'añ'), [m.span() for m in re.finditer('', 'añb')])
print(re.escape('a.b*c'), re.escape('ü+'), re.escape(b'a.b'))
print(re.search(r'\u00fc', 'xü'), re.search(r'\U0001F600', 'a\U0001F600').span())
