# Items of a list/tuple are released last to first (the order __del__ runs in)
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
l = [D(1), D(2), D(3)]
del l
t = (D('a'), D('b'))
del t
l2 = [D('x'), D('y')]
l2.clear()
l3 = [D(10), D(11), D(12), D(13)]
l3[1:3] = []
print('after slice')
del l3
# \N{name} in regular expressions
import re
print(re.findall(r'\N{BULLET}+', 'a\u2022\u2022b\u2022'), re.sub(r'\N{EM DASH}', '-', 'a\u2014b'))
print(re.match(r'\N{latin small letter a}\N{DIGIT ONE}', 'a1').group())
for p in [r'\N', r'\Nx', r'\N{', r'\N{}', r'\N{NOPE}', r'\N{abc']:
    try: re.compile(p)
    except re.error as e: print(e)
try: re.compile(rb'\N{BULLET}')
except re.error as e: print(e)
