print(1)
exec("zz = 1")
print(zz)
d = {}
exec("a = 5\nb = a * 2", d)
print(d['a'], d['b'], type(d['__builtins__']))
print(eval("a + b", d))
print(eval("  1+2"))
g = {'x': 10}
l = {}
exec("y = x + 1", g, l)
print(l, 'y' in g)
def f():
    q = 3
    return eval("q * 2")
print(f())
c = compile("1+2", "<f>", "eval")
print(eval(c))
c = compile("for i in range(3): print(i)", "<f>", "exec")
exec(c)
try: eval('x = 1')
except SyntaxError as e: print(e, e.lineno, e.offset, e.text)
try: eval('')
except SyntaxError as e: print(e, e.lineno, e.offset, repr(e.text))
try: exec('x', [])
except TypeError as e: print(e)
try: exec('x', {}, 3)
except TypeError as e: print(e)
try: eval(3)
except TypeError as e: print(e)
try: compile('1','f','xx')
except ValueError as e: print(e)
try: exec("raise ValueError('boom')")
except ValueError as e: print(repr(e))
class M:
    def __getitem__(self, k):
        if k == 'magic': return 42
        raise KeyError(k)
print(eval("magic + 1", {}, M()))
exec(compile("1+1\n", "<s>", "single"))
exec("def h(n): return n*n\nprint(h(7))")
exec("import math; print(math.sqrt(16))")
print(eval(b"3*3"))
exec("print('done')")
