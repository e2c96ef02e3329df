# re flags: RegexFlag members print as CPython (re.IGNORECASE, combined with |), Pattern.flags is an int
import re
print(repr(re.IGNORECASE), str(re.IGNORECASE), re.IGNORECASE|re.MULTILINE)
print(re.compile('a', re.I).flags, re.compile(b'a').flags, re.compile('a').flags, type(re.compile('a').flags))
print(re.RegexFlag, type(re.I), list(re.RegexFlag))
print(repr(re.M|re.I), repr(re.X|re.A|re.I), repr(re.RegexFlag(0)), repr(~re.I))
print(re.RegexFlag(1024|2))
print(f'{re.I}', format(re.I,'x'), re.I+1, re.I.name, re.I.value, (re.I|re.M).name)
print(re.I == 2, hash(re.I)==2, re.U, re.NOFLAG, re.T, re.DEBUG, re.RegexFlag.__members__.keys())
print(re.I & re.M, type(re.I & 3), 3 | re.I, re.I ^ re.I, bool(re.NOFLAG), re.I in (re.I|re.M))
print(re.RegexFlag['IGNORECASE'], re.RegexFlag(2), re.S.__class__.__name__, re.RegexFlag(2) is re.I)
print(str(re.I), '%s %r %d' % (re.I, re.I, re.I))
print(re.findall('A', 'aAa', re.I), re.sub('a', 'b', 'AaA', flags=re.I|re.M), re.compile('x', re.I|re.S))
print(re.match('(?i)a', 'A').re.flags, isinstance(re.I, int), re.I.__class__.__module__)
