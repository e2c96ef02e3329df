c = compile('1 + 2', 'expr.py', 'eval')
print(type(c).__name__, c.co_filename, eval(c))
c = compile('a = 5\nb = a * 2\n', 'stmts.py', 'exec')
ns = {}
print(exec(c, ns), ns['a'], ns['b'])
c = compile('7 * 6', '<single>', 'single')
exec(c)
exec(compile('None', '<single>', 'single'))
exec(compile('x = 3', '<single>', 'single'))
for mode in ('exec', 'eval', 'single'):
    print(mode, type(compile('1', 'f', mode)).__name__)
try:
    compile('1', 'f', 'bogus')
except ValueError as e:
    print(e)
try:
    compile('def f(:\n', 'broken.py', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.filename, e.lineno)
try:
    compile('x =', 'b.py', 'exec')
except SyntaxError as e:
    print(e.msg, e.lineno)
try:
    compile(5, 'f', 'exec')
except TypeError as e:
    print(e)
try:
    exec(5)
except TypeError as e:
    print(e)
print(eval(b'2 ** 10'), eval('\t 3'), eval(compile(b'4', 'f', 'eval')))
try:
    exec("return 5")
except SyntaxError as e:
    print(e.msg)
try:
    eval("yield 1")
except SyntaxError as e:
    print(type(e).__name__)
try:
    exec("1/0")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    exec("raise KeyError('inner')")
except KeyError as e:
    print(repr(e))
def gen_code():
    src = "\n".join(f"def f{i}(x): return x + {i}" for i in range(5))
    ns = {}
    exec(src, ns)
    return [ns[f"f{i}"](10) for i in range(5)]
print(gen_code())
print(eval("(lambda: __name__)()", {"__name__": "mod"}))
