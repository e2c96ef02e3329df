import re
for bad in ['(abc', 'abc)', '*a', 'a**', '[abc', r'\q', '(?P<n>a)(?P=m)', 'a{2}{3}', '+', '(a|*)', r'x\\', '(?<=a+)b', r'[\q]']:
    try:
        re.compile(bad)
        print('ok', bad)
    except re.error as e:
        print('error:', e, '|', e.msg, e.pos, e.pattern == bad)
try:
    re.sub('(a)', r'\2', 'a')
except re.error as e:
    print('error:', e)
try:
    re.sub('(a)', r'\g<x>', 'a')
except IndexError as e:
    print('IndexError:', e)
try:
    re.sub('a', r'\q', 'a')
except re.error as e:
    print('error:', e)
try:
    re.match('a', b'a')
except TypeError as e:
    print('TypeError:', e)
try:
    re.match(b'a', 'a')
except TypeError as e:
    print('TypeError:', e)
try:
    re.match('a', 5)
except TypeError as e:
    print('TypeError:', e)
try:
    re.compile(5)
except TypeError as e:
    print('TypeError:', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError:', e)
m = re.match('(a)(b)?', 'a')
for g in [3, 'x', -1]:
    try:
        m.group(g)
    except IndexError as e:
        print('IndexError:', e)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
