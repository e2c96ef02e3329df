import re
a = re.compile('abc')
b = re.compile('abc')
print(a is b, a == b, hash(a) == hash(b))
re.purge()
c = re.compile('abc')
print(a == c, c.pattern)
print(re.compile(a) is a)
n = 0
for i in range(2000):
    if re.match('x%d' % (i % 700), 'x%d' % (i % 700)):
        n += 1
print(n)
print(re.escape(''), re.escape('plain'), re.escape('a b\t'), re.escape('[x]{y}(z)?*+|^$\\.&~#-'))
print(int(re.NOFLAG))
