# unittest.mock: Mock/MagicMock, call recording, assertions and their messages, patching
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


# --- basic calls
m = Mock()
print(m.called, m.call_count, m.call_args)
r = m(1, 2, a=3)
print(r is m.return_value, m.called, m.call_count)
print(m.call_args, m.call_args.args, m.call_args.kwargs)
args, kwargs = m.call_args
print(args, kwargs)
m('x')
print(m.call_args_list)
print(m.call_args_list == [call(1, 2, a=3), call('x')])
m.assert_called_with('x')
m.assert_any_call(1, 2, a=3)
check('called_with', lambda: m.assert_called_with(1))
check('called_once', lambda: m.assert_called_once())
check('called_once_with', lambda: m.assert_called_once_with('x'))
check('any_call', lambda: m.assert_any_call(5, b=6))
check('not_called', lambda: m.assert_not_called())
check('called', lambda: m.assert_called())

n = Mock(name='fred')
check('not called with', lambda: n.assert_called_with(1, k='v'))
check('called (none)', lambda: n.assert_called())
check('called_once (none)', lambda: n.assert_called_once())
n.assert_not_called()
check('typo', lambda: n.assert_called_onec())
check('typo2', lambda: n.assret_called())

# --- children, mock_calls, method_calls
m = Mock()
m.foo(1)
m.foo.bar(2)
m().baz(3)
m.x.y.z()
print(m.mock_calls)
print(m.method_calls)
print(m.foo.mock_calls)
print(m.mock_calls == [call.foo(1), call.foo.bar(2), call(), call().baz(3), call.x.y.z()])
print(call.foo(1).call_list() if False else call(1).foo(2).call_list())
m.assert_has_calls([call.foo(1), call.foo.bar(2)])
m.assert_has_calls([call().baz(3), call.foo(1)], any_order=True)
check('has_calls', lambda: m.assert_has_calls([call.foo(2)]))
check('has_calls any', lambda: m.assert_has_calls([call.foo(2), call.foo(1)], any_order=True))
name, a, k = m.mock_calls[1]
print(name, a, k)
print(repr(call), repr(call.foo), repr(call().foo), repr(call.a.b(1, x=2)))
print(call(1) == call(1), call(1) == call(2), call(1, x=ANY) == call(1, x=object()))
print(call.foo(1) == ('foo', (1,), {}), call(1) == ((1,), {}))
print(ANY == 3, ANY != 3, repr(ANY))
print(m.foo.call_args == call(1), m.foo is m.foo)

# --- return_value / side_effect
m = Mock(return_value=5)
print(m(), m())
m.return_value = 'r'
print(m())
m = Mock(side_effect=[1, 2, ValueError('three')])
print(m(), m())
check('iter effect', m)
check('exhausted', m)
m = Mock(side_effect=KeyError('k'))
check('exc', m)
m = Mock(side_effect=lambda x: x * 2)
print(m(21))
m = Mock(side_effect=lambda: DEFAULT, return_value=9)
print(m())
m = Mock(side_effect=TypeError)
check('exc class', m)
m.side_effect = None
print(m() is m.return_value)

# --- configure, reset, attach
m = Mock(**{'method.return_value': 3, 'other.side_effect': KeyError, 'attr': 'a'})
print(m.method(), m.attr)
check('configured', m.other)
m.configure_mock(**{'a.b.c': 7})
print(m.a.b.c)
m = Mock(return_value=4, side_effect=[1])
m(); m.child()
m.reset_mock()
print(m.call_count, m.mock_calls, m.child.call_count, m._mock_return_value)
m.reset_mock(return_value=True, side_effect=True)
print(m.side_effect, m._mock_return_value is DEFAULT)
parent = Mock()
c1 = Mock(); c2 = Mock(return_value=None)
parent.attach_mock(c1, 'child1')
parent.attach_mock(c2, 'child2')
c1(1); c2(2)
print(parent.mock_calls, parent.method_calls)
p2 = Mock()
p2.a = Mock()
p2.a(1)
print(p2.mock_calls)
del p2.b
check('deleted', lambda: p2.b)

# --- names and wraps
m = Mock(name='thing')
m.child.sub(1)
check('sub', lambda: m.child.sub.assert_called_with(2))
class Real:
    def add(self, a, b): return a + b
m = Mock(wraps=Real())
print(m.add(2, 3), m.add.call_args)
m = Mock(wraps=lambda x: x + 1)
print(m(1))

# --- spec / spec_set
class Spec:
    x = 1
    def method(self, a, b=2): pass
    def __len__(self): return 1
m = Mock(spec=Spec)
print(isinstance(m, Spec), isinstance(m, Mock))
m.method(1)
check('spec attr', lambda: m.nope)
m.nope = 5
print(m.nope)
m = Mock(spec_set=Spec)
check('spec_set set', lambda: setattr(m, 'nope', 1))
m.x = 3
print(m.x)
m = Mock(spec=['a', 'b'])
print(m.a is m.a)
check('list spec', lambda: m.c)
def func(a, b, *, c=1): pass
m = Mock(spec=func)
m(1)
m(1, 2, c=3)
m.assert_called_with(a=1, b=2, c=3)
check('sig mismatch', lambda: m.assert_called_with(1, 3, c=3))
m = NonCallableMock()
check('noncallable', lambda: m())
m = MagicMock(spec=Spec)
print(len(m))
check('magic spec', lambda: m[0])

# --- MagicMock defaults
mm = MagicMock()
print(len(mm), [v for v in mm], 1 in mm, bool(mm), int(mm), float(mm), complex(mm))
print(mm == mm, mm == 1, mm != mm, mm != 2, [10, 20][mm])
print(hash(mm) == object.__hash__(mm), str(mm) == repr(mm))
check('lt', lambda: mm < 1)
with mm as entered:
    print(entered is mm.__enter__.return_value)
print(mm.__exit__.return_value)
mm.__len__.return_value = 4
mm.__iter__.return_value = [1, 2, 3]
mm.__getitem__.side_effect = lambda k: k * 2
mm.__contains__.return_value = True
print(len(mm), [v for v in mm], mm[5], 'z' in mm)
mm[1] = 2
mm.__setitem__.assert_called_with(1, 2)
print(len(mm.mock_calls), mm.mock_calls[-1])
print(call.__getitem__(5) in mm.mock_calls, repr(call.__len__()), repr(call.count(1)), repr(call.index))
mm.__str__.return_value = 'strung'
print(str(mm))
mm.__eq__.return_value = True
print(mm == 5)
mm.__lt__.return_value = True
print(mm < 3)
r = mm + 1
print(r is mm.__add__.return_value)
mm.__iadd__.return_value = 'inplace'
x = mm
x += 1
print(x)
m2 = MagicMock()
m2.__len__ = lambda self: 42
print(len(m2))
check('unsupported', lambda: setattr(m2, '__getattr__', 1))
nc = NonCallableMagicMock()
print(len(nc))
check('ncmm call', lambda: nc())
print(MagicMock()(1).__class__.__name__)

# --- PropertyMock
class Holder:
    pass
pm = PropertyMock(return_value='prop')
type(mm_holder := Holder()).value = pm
print(mm_holder.value)
mm_holder.value = 6
print(pm.mock_calls)
del Holder.value

# --- sentinel / DEFAULT
print(sentinel.thing is sentinel.thing, sentinel.thing is sentinel.other, repr(sentinel.thing))
print(repr(DEFAULT))

