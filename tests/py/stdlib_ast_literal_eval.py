# ast.literal_eval: the accepted literal forms and the "malformed node or
# string" errors, from strings, Expression trees and bare nodes.
import ast

GOOD = ["1", "-1.5", "+7", "(1, 'a', [b'x', None])", "{1: {2, 3}, 'k': ()}", "set()",
        "1+2j", "-3-4j", "  True", "...", "[]", "{}", "()", "[[1], (2,), {3: None}]",
        "0x10", "1_000", "'a' 'b'", "1e400", "-0.0", "(1)", "3.5 - 2j", "False", "None"]
BAD = ["x", "1+2", "f(1)", "[1, x]", "2j+1", "{**a}", "--1", "1 if 2 else 3",
       "''.join", "(1,)*3", "{1, x}", "set([1])", "-'a'", "1j+2j", "a.b", "[i for i in x]",
       "(1).real", "lambda: 1", "not 1", "{}.keys()"]

for s in GOOD:
    v = ast.literal_eval(s)
    print(repr(s), '->', repr(v), type(v).__name__)

for s in BAD:
    try:
        ast.literal_eval(s)
        print(repr(s), 'accepted?')
    except ValueError as e:
        msg = str(e)
        print(repr(s), 'ValueError', msg[:msg.index(':')], type(ast.parse(s, mode='eval').body).__name__)

for s in ["1 +", "x = 1", "import os"]:
    try:
        ast.literal_eval(s)
    except SyntaxError as e:
        print(repr(s), 'SyntaxError', e.msg)

print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.Constant(5)))
print(ast.literal_eval(ast.Tuple([ast.Constant(1), ast.UnaryOp(ast.USub(), ast.Constant(2))], ast.Load())))
try:
    ast.literal_eval(ast.Name('x', ast.Load()))
except ValueError as e:
    print(str(e).split(':')[0])
try:
    ast.literal_eval(ast.Dict([ast.Constant(1)], []))
except ValueError as e:
    print(str(e).split(':')[0])
try:
    ast.literal_eval(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2), lineno=7))
except ValueError as e:
    print(str(e).split(':')[0])
d = ast.literal_eval("{'a': [1, 2.5, -3j], 'b': (True, None, b'z')}")
print(sorted(d.items()))
