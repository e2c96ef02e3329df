import re
print(re.findall(rb'\d+', b'a1b22'))
print(re.match(rb'(\w+) (\w+)', b'hello world').groups())
print(re.sub(rb'a', b'b', b'banana'), re.sub(rb'(a)', rb'<\1>', b'ba'), re.split(rb',', b'a,b'))
print(re.search(rb'\w+', b'\xe9abc'), re.search(rb'.', b'\xff').span())
print(re.compile(rb'x', re.I), re.compile(b'a').pattern, re.findall(rb'[\x80-\xff]', b'a\x80\xffb'))
print(re.sub(rb'x', lambda m: b'Y', b'axb'), re.fullmatch(rb'abc', b'abc'))
