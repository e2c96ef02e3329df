# pickle.dumps / loads of builtin data (the C fast path in
# vm/modules/pickle_speedups.c): byte-identical to CPython for protocols
# 0-5, round trips, CPython-produced pickles, errors and fallbacks.
import pickle, hashlib

def show(d):
    if len(d) <= 120:
        return d.hex()
    return '%d:%s' % (len(d), hashlib.md5(d).hexdigest())

def corpus():
    s = 'shared'
    rec = []; rec.append(rec)
    rd = {}; rd['self'] = rd
    t = ([],); t[0].append(t)
    fs_holder = [frozenset({1, 2})]
    fs_holder.append(fs_holder[0])
    return [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -256, 2**31-1, 2**31, -2**31, -2**31-1,
         2**47-1, 2**47, -2**47, -2**47-1, 2**63, -2**63, 2**64, 10**100, -10**100, -(2**2039), 2**2040,
         -128, -129, -(2**55), 2**55, -(2**56), -(2**63) - 1,
         0.0, -0.0, 1.5, float('inf'), float('-inf'), 1e300, 5e-324,
         'a', '', 'héllo', '日本語', '\U0001f600', 'a\ud800b', 'x' * 300, 'y' * 70000,
         b'', b'abc', b'x' * 300, b'z' * 70000, bytearray(b'qq'), bytearray(), bytearray(b'w' * 70000),
         (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((), ((),)), [], [1], [1, 2],
         list(range(999)), list(range(1000)), list(range(1001)), list(range(2000)),
         {}, {1: 2}, {1: 2, 3: 4}, {i: i * 2 for i in range(1000)}, {i: -i for i in range(1500)},
         set(), {1}, {1, 2, 3}, set(range(1000)), set(range(1234)), frozenset(), frozenset({1, 2}),
         frozenset(range(1001)), fs_holder,
         [s, s, (s, s), [s]], rec, rd, t, [[[[[]]]]], {'a': [1, 2, (3, 4)], 'b': {'c': 'x' * 10}},
         [[i, i * 0.5, (i, -i)] for i in range(3000)],
         ['p' * 40000, 'q' * 40000, b'r' * 30000],
         [b'big' * 30000, 'small'],
        ]

items = corpus()
for i, x in enumerate(items):
    for p in range(6):
        try:
            d = pickle.dumps(x, p)
        except Exception as e:
            print(i, p, 'error', type(e).__name__)
            continue
        print(i, p, show(d))
        y = pickle.loads(d)
        if repr(y) != repr(x) or type(y) is not type(x):
            print('  round trip differs:', repr(y)[:80])
    # protocol -1 and None
    assert pickle.dumps(x, -1) == pickle.dumps(x, 5)
    assert pickle.dumps(x) == pickle.dumps(x, 4)

# shared references survive
a = [1, 2]
y = pickle.loads(pickle.dumps([a, a, (a,)]))
print(y[0] is y[1], y[2][0] is y[0])
r = pickle.loads(pickle.dumps(items[[i for i, v in enumerate(items) if type(v) is list and v and v[0] is v][0]]))
print(r[0] is r)
r = pickle.loads(pickle.dumps(items[[i for i, v in enumerate(items) if type(v) is tuple and len(v) == 1 and type(v[0]) is list][0]], 2))
print(type(r), r[0][0] is r)

""" CPython-produced pickles of builtin data, protocols 0-5 """
CPYTHON_PICKLES = [
    '4e2e',
    '4e2e',
    '80024e2e',
    '80034e2e',
    '80044e2e',
    '80054e2e',
    '4930310a2e',
    '4930310a2e',
    '8002882e',
    '8003882e',
    '8004882e',
    '8005882e',
    '4c2d313039393531313632373737364c0a2e',
    '4c2d313039393531313632373737364c0a2e',
    '80028a060000000000ff2e',
    '80038a060000000000ff2e',
    '80049509000000000000008a060000000000ff2e',
    '80059509000000000000008a060000000000ff2e',
    '4c313236373635303630303232383232393430313439363730333230353337364c0a2e',
    '4c313236373635303630303232383232393430313439363730333230353337364c0a2e',
    '80028a0d000000000000000000000000102e',
    '80038a0d000000000000000000000000102e',
    '80049510000000000000008a0d000000000000000000000000102e',
    '80059510000000000000008a0d000000000000000000000000102e',
    '46312e32350a2e',
    '473ff40000000000002e',
    '8002473ff40000000000002e',
    '8003473ff40000000000002e',
    '8004950a00000000000000473ff40000000000002e',
    '8005950a00000000000000473ff40000000000002e',
    '5668e96c6c6f5c75643830300a70300a2e',
    '580900000068c3a96c6c6feda08071002e',
    '8002580900000068c3a96c6c6feda08071002e',
    '8003580900000068c3a96c6c6feda08071002e',
    '8004950d000000000000008c0968c3a96c6c6feda080942e',
    '8005950d000000000000008c0968c3a96c6c6feda080942e',
    '635f636f646563730a656e636f64650a70300a285661620a70310a566c6174696e310a70320a7470330a5270340a2e',
    '635f636f646563730a656e636f64650a71002858020000006162710158060000006c6174696e3171027471035271042e',
    '8002635f636f646563730a656e636f64650a710058020000006162710158060000006c6174696e3171028671035271042e',
    '80034302616271002e',
    '800495060000000000000043026162942e',
    '800595060000000000000043026162942e',
    '635f5f6275696c74696e5f5f0a6279746561727261790a70300a28635f636f646563730a656e636f64650a70310a2856630a70320a566c6174696e310a70330a7470340a5270350a7470360a5270370a2e',
    '635f5f6275696c74696e5f5f0a6279746561727261790a710028635f636f646563730a656e636f64650a710128580100000063710258060000006c6174696e3171037471045271057471065271072e',
    '8002635f5f6275696c74696e5f5f0a6279746561727261790a7100635f636f646563730a656e636f64650a7101580100000063710258060000006c6174696e3171038671045271058571065271072e',
    '8003636275696c74696e730a6279746561727261790a710043016371018571025271032e',
    '80049522000000000000008c086275696c74696e73948c0962797465617272617994939443016394859452942e',
    '8005950c0000000000000096010000000000000063942e',
    '2849310a2849320a49330a7470300a7470310a2e',
    '284b01284b024b037471007471012e',
    '80024b014b024b038671008671012e',
    '80034b014b024b038671008671012e',
    '8004950b000000000000004b014b024b03869486942e',
    '8005950b000000000000004b014b024b03869486942e',
    '286c70300a49310a61286c70310a49320a61612e',
    '5d7100284b015d71014b0261652e',
    '80025d7100284b015d71014b0261652e',
    '80035d7100284b015d71014b0261652e',
    '8004950c000000000000005d94284b015d944b0261652e',
    '8005950c000000000000005d94284b015d944b0261652e',
    '286470300a56610a70310a286470320a49310a49320a73732e',
    '7d710058010000006171017d71024b014b0273732e',
    '80027d710058010000006171017d71024b014b0273732e',
    '80037d710058010000006171017d71024b014b0273732e',
    '8004950f000000000000007d948c0161947d944b014b0273732e',
    '8005950f000000000000007d948c0161947d944b014b0273732e',
    '635f5f6275696c74696e5f5f0a7365740a70300a28286c70310a49310a6149320a617470320a5270330a2e',
    '635f5f6275696c74696e5f5f0a7365740a7100285d7101284b014b02657471025271032e',
    '8002635f5f6275696c74696e5f5f0a7365740a71005d7101284b014b02658571025271032e',
    '8003636275696c74696e730a7365740a71005d7101284b014b02658571025271032e',
    '80049509000000000000008f94284b014b02902e',
    '80059509000000000000008f94284b014b02902e',
    '635f5f6275696c74696e5f5f0a66726f7a656e7365740a70300a28286c70310a49330a617470320a5270330a2e',
    '635f5f6275696c74696e5f5f0a66726f7a656e7365740a7100285d71014b03617471025271032e',
    '8002635f5f6275696c74696e5f5f0a66726f7a656e7365740a71005d71014b03618571025271032e',
    '8003636275696c74696e730a66726f7a656e7365740a71005d71014b03618571025271032e',
    '8004950600000000000000284b0391942e',
    '8005950600000000000000284b0391942e',
    '286c70300a286c70310a49300a6149310a6149320a6149330a6149340a616167310a612e',
    '5d7100285d7101284b004b014b024b034b04656801652e',
    '80025d7100285d7101284b004b014b024b034b04656801652e',
    '80035d7100285d7101284b004b014b024b034b04656801652e',
    '80049515000000000000005d94285d94284b004b014b024b034b04656801652e',
    '80059515000000000000005d94285d94284b004b014b024b034b04656801652e',
]
for h in CPYTHON_PICKLES:
    v = pickle.loads(bytes.fromhex(h))
    print(type(v).__name__, repr(v))

# errors and unusual inputs: the Python unpickler's messages
for bad in [b'', b'\x80\x04', b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01.',
            b'\x80\x06K\x01.', b'K\x01', b'\x80\x04]\x94(K\x01K\x02e\x94.', b'h\x05.', b'0.', b'(t)',
            b'\x80\x04}(]K\x01u.', b'\x80\x04\x8f(]\x90.', b'\x80\x02K\x01K\x02s.',
            b'\x80\x04\x8c\x02\xff\xfe.', b'\xff.', b'\x80\x04e.']:
    try:
        print(repr(pickle.loads(bad)))
    except Exception as e:
        print(type(e).__name__, e)
print(pickle.loads(b'\x80\x04K\x07.trailing'))
print(pickle.loads(bytearray(pickle.dumps([1, 2]))), pickle.loads(memoryview(pickle.dumps((3,)))))
try:
    pickle.dumps(1, 6)
except ValueError as e:
    print('ValueError', e)
try:
    pickle.loads('abc')
except TypeError as e:
    print('TypeError', e)

# subclasses of builtins and other objects go through the Python pickler
class L(list): pass
class D(dict): pass
class S(str): pass
import collections
for x in [L([1, 2]), D(a=1), S('s'), [1, L([2])], collections.OrderedDict(a=1), {'k': 1j}, [range(3)], [len]]:
    for p in range(6):
        d = pickle.dumps(x, p)
        print(p, show(d), repr(pickle.loads(d)))

# deep nesting: RecursionError, as CPython
deep = []
for _ in range(100000):
    deep = [deep]
try:
    pickle.dumps(deep)
except RecursionError as e:
    print('RecursionError')
