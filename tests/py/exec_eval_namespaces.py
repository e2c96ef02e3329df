def in_function():
    a = 1
    print(eval('a * 10'), eval('a + k', {'k': 1}, {'a': 5}))
    loc = {}
    exec('c = a + 2', globals(), loc)
    print(loc)
    ns = {'a': 100}
    print(eval('a', ns), eval('a'))
in_function()

g = {'x': 2}
l = {'y': 3}
print(eval('x * y', g, l))
exec('z = x + y', g, l)
print(sorted(k for k in g if k != '__builtins__'), l)
exec('global w\nw = 5', g, l)
print(g['w'], 'w' in l)

class Recorder(dict):
    def __getitem__(self, k):
        print('lookup', k)
        return dict.__getitem__(self, k)
    def __setitem__(self, k, v):
        print('store', k, v)
        dict.__setitem__(self, k, v)
r = Recorder(q=1)
exec('t = q + 1', {}, r)
print(dict(r))

b = {'__builtins__': {'len': lambda s: 42}}
print(eval('len("abc")', b))
try:
    eval('print', {'__builtins__': {}})
except NameError as e:
    print('NameError', e)
print(eval('abs(-3)', {}))

d = {}
exec('x = 1', d)
print('__builtins__' in d, type(d['__builtins__']).__name__)
print(eval('__name__'), eval('__name__', {'__name__': 'custom'}))
try:
    exec('x', {}, [])
except TypeError as e:
    print(e)
try:
    eval('1', 5)
except TypeError as e:
    print(e)
print(eval(compile('x + 1', '<c>', 'eval'), {'x': 41}))
code = compile('result = [i for i in range(n)]', '<c>', 'exec')
ns = {'n': 4}
exec(code, ns)
print(ns['result'])
