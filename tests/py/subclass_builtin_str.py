# str subclasses: construction, methods return plain str, attributes,
# hashing as the base value, non-ASCII data.
class MyStr(str):
    def shout(self):
        return self.upper() + '!'

s = MyStr('héllo wörld')
print(s, repr(s), type(s).__name__, isinstance(s, str), len(s), s[1], s[-1], s[2:5])
print(s.shout(), MyStr(), repr(MyStr()), MyStr(42), MyStr(b'abc', 'ascii'), MyStr([1, 2]))
for v in [s + '!', '>' + s, s * 2, s[:], s.upper(), s.strip(), s.replace('l', 'L'), s.split(), s.title(),
          str(s), f'{s}', '%s' % s, s.join(['a', 'b']), s.center(15, '*'), s.encode()]:
    print(type(v).__name__, v)
x = MyStr('')
print(type(x + '').__name__, type('' + x).__name__, type(MyStr('a') * 1).__name__, type(MyStr('ab')[:]).__name__)
s.tag = 7
s.other = [1]
print(s.tag, s.other, sorted(s.__dict__.items()))
d = {'héllo wörld': 1, 'k': 2}
print(d[s], hash(s) == hash('héllo wörld'), s == 'héllo wörld', 'héllo wörld' == s, s in d, MyStr('k') in d)
d2 = {s: 'v'}
print(d2['héllo wörld'], list(d2)[0].tag)
print(s.startswith('hé'), 'wö' in s, s.find('w'), s.count('l'), list(MyStr('ab')), int(MyStr('17')), float(MyStr('2.5')))
print(f'{MyStr("ab"):>5}', '{:<4}|'.format(MyStr('x')), MyStr('a') < 'b', sorted([MyStr('b'), 'a', MyStr('c')]))
long = MyStr('ü' * 100)
long.n = 1
print(len(long), long[50], long.n, long[99], long.count('ü'))
class Sub(MyStr):
    pass
print(Sub('q').shout(), Sub.__mro__)
