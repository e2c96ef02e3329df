# unittest.mock: patch / patch.object / patch.dict / patch.multiple, autospec, seal, mock_open
from unittest import mock
from unittest.mock import (Mock, MagicMock, NonCallableMock, NonCallableMagicMock,
                           PropertyMock, call, ANY, DEFAULT, sentinel, patch,
                           create_autospec, seal, mock_open)


def check(label, fn):
    try:
        r = fn()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


class Spec:
    x = 1
    def method(self, a, b=2): pass
    def __len__(self): return 1


# --- patch
import os.path
class Target:
    attr = 'original'
    @staticmethod
    def smeth(): return 'static'

with patch.object(Target, 'attr', 'patched') as p:
    print(p, Target.attr)
print(Target.attr)
with patch.object(Target, 'attr') as p:
    print(type(p).__name__, Target.attr is p)
print(Target.attr)

@patch.object(Target, 'attr', 'dec')
def f1():
    return Target.attr
print(f1(), Target.attr)

@patch.object(Target, 'smeth')
@patch.object(Target, 'attr')
def f2(mock_attr, mock_smeth, extra=0):
    mock_smeth.return_value = 'mocked'
    return Target.smeth(), mock_attr is Target.attr, extra
print(f2(extra=1), Target.smeth())

with patch('os.path.exists', return_value=True) as pe:
    print(os.path.exists('/definitely/missing/path'), pe.call_args)
print(os.path.exists('/definitely/missing/path'))
check('bad target', lambda: patch('nodots'))
check('missing attr', lambda: patch.object(Target, 'nope').__enter__())
with patch.object(Target, 'nope', 'made', create=True):
    print(Target.nope)
print(hasattr(Target, 'nope'))

p = patch.object(Target, 'attr', 'started')
print(p.start(), Target.attr)
p.stop()
print(Target.attr)
patch.object(Target, 'attr', 'one').start()
patch.object(Target, 'smeth', 'two').start()
print(Target.attr, Target.smeth)
patch.stopall()
print(Target.attr, Target.smeth())

d = {'a': 1, 'b': 2}
with patch.dict(d, {'b': 3, 'c': 4}):
    print(sorted(d.items()))
print(sorted(d.items()))
with patch.dict(d, clear=True, z=26):
    print(d)
print(d)
@patch.dict(d, {'q': 0})
def f3():
    return sorted(d)
print(f3(), sorted(d))
import os
with patch.dict('os.environ', {'COIL_MOCK_TEST': 'yes'}):
    print(os.environ['COIL_MOCK_TEST'])
print('COIL_MOCK_TEST' in os.environ)

with patch.multiple(Target, attr='m1', smeth=DEFAULT) as values:
    print(Target.attr, sorted(values), values['smeth'] is Target.smeth)
print(Target.attr)
@patch.multiple(Target, attr=DEFAULT)
def f4(attr):
    return attr is Target.attr
print(f4())
check('multiple empty', lambda: patch.multiple(Target))

with patch.object(Target, 'attr', new_callable=PropertyMock) as pm:
    pm.return_value = 'propval'
    print(Target().attr)

@patch.object(Target, 'attr', 'cls')
class TestThing:
    def test_one(self):
        return Target.attr
    def helper(self):
        return Target.attr
print(TestThing().test_one(), TestThing().helper())

with patch.object(Target, 'attr', spec=True) as p:
    print(type(p).__name__)
with patch('__main__.Spec', spec=True) as P:
    inst = P()
    inst.method(1)
    check('patched spec', lambda: inst.other)

# --- autospec
def target_func(a, b, c=3):
    return a + b
af = create_autospec(target_func, return_value='auto')
print(af(1, 2))
check('autospec sig', lambda: af(1))
af.assert_called_once_with(1, 2)
check('autospec sig2', lambda: af(1, 2, 3, 4))
print(af.mock.call_count)
A = create_autospec(Spec)
inst = A()
inst.method(1, b=5)
check('autospec method', lambda: inst.method())
check('autospec attr', lambda: inst.missing)
check('autospec ctor', lambda: type(A(1)).__name__)
class WithInit:
    def __init__(self, a): self.a = a
    @classmethod
    def make(cls, v): return cls(v)
W = create_autospec(WithInit)
check('init sig', lambda: W())
W(1)
W.make(2)
check('classmethod sig', lambda: W.make())
print(W.mock_calls)
inst.method.assert_called_with(1, b=5)
print(A.x is not None, isinstance(inst, Spec))
with patch.object(Target, 'smeth', autospec=True) as ps:
    Target.smeth()
    check('autospec patched', lambda: Target.smeth(1))

# --- seal
m = Mock()
m.known.attr = 1
seal(m)
print(m.known.attr)
check('sealed', lambda: m.unknown)
check('sealed child', lambda: m.known.other)
check('sealed call', lambda: m())

# --- mock_open
mo = mock_open(read_data='line1\nline2\nline3\n')
with patch('builtins.open', mo):
    with open('somefile') as fh:
        print(repr(fh.read()))
    with open('somefile') as fh:
        print(fh.readline(), end='')
        print(fh.readlines())
    with open('other', 'w') as fh:
        fh.write('data')
    for line in open('x'):
        print(repr(line))
print(mo.call_args_list)
mo.return_value.write.assert_called_once_with('data')
mo = mock_open(read_data=b'bytes')
print(mo()().read() if False else mo().read())

# --- long call list repr
m = Mock()
for i in range(12):
    m.some_method_name(i, key='value%d' % i)
print(m.mock_calls)
