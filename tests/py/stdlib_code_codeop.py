# codeop.compile_command and code.InteractiveInterpreter / InteractiveConsole
import io
import sys
import code
import codeop
from codeop import compile_command, CommandCompiler, Compile

CASES = [
    "x = 1", "x = 1\n", "if x:", "if x:\n", "if x:\n  pass", "if x:\n  pass\n",
    "if x:\n  pass\n\n", "def f():\n  return 1\n", "x = (", "x = (1,\n2", "x = (1,\n2)",
    "x = '''abc", "x = 1 \\", "x = 1 \\\n", "@dec", "@dec\n", "@dec\ndef f(): pass",
    "@dec\ndef f(): pass\n", "x = )", "1 +", "if x:\n  pass\nelse:",
    "if x:\n  pass\nelse:\n  y\n\n", "", "# c", "  \n", "print(1)", "for i in r: pass",
    "for i in r: pass\n", "class C:\n  x = 1\n  y = 2", "try:\n  x\n",
    "try:\n  x\nexcept E:\n  y\n\n", "if x:\n  pass\nz = 1", "x = [", "a b", "if x:\npass",
    "def f(:", "x = 1; y = 2", "'abc", "\"\"\"doc", "with a as b:\n  c\n", "x = {1:",
    "if x:\n  if y:\n    pass\n", "while 1:\n  pass\n  ", "x = f(a for",
    "match x:\n  case 1:\n    pass\n\n", "return", "break", "1\n2\n", "a = 1\nb = 2",
    "if 1:\n  x = (\n", "async def f():\n  await x\n",
]
for c in CASES:
    try:
        r = compile_command(c)
        print(repr(c), 'code' if r is not None else None)
    except SyntaxError as e:
        print(repr(c), 'SyntaxError', e.msg)
for c in ["1+", "x = 1\n", "(1,\n", "", "1 + 2"]:
    for sym in ('eval', 'exec'):
        try:
            r = compile_command(c, symbol=sym)
            print(sym, repr(c), 'code' if r is not None else None)
        except SyntaxError as e:
            print(sym, repr(c), 'SyntaxError', e.msg)

print(eval(compile_command("6 * 7", symbol="eval")))
ns = {}
exec(compile_command("y = 5\n", symbol="exec"), ns)
print(ns['y'])
cc = CommandCompiler()
print(cc("x = 1") is not None, cc("if 1:") is None)
print(type(Compile()("1", "<s>", "eval")).__name__)


class Capture(code.InteractiveConsole):
    def __init__(self, lines, **kw):
        super().__init__(**kw)
        self.lines = list(lines)
        self.out = []

    def raw_input(self, prompt=''):
        self.out.append('PROMPT ' + prompt)
        if not self.lines:
            raise EOFError
        return self.lines.pop(0)

    def write(self, data):
        self.out.append(data)


# interpreter: results of expressions go to sys.stdout via displayhook
interp = code.InteractiveInterpreter({'__name__': '__test__'})
print(interp.runsource("a = 40"), interp.runsource("a + 2"))
print(interp.runsource("if a:"), interp.runsource("if a:\n  b = a\n"), interp.locals['b'])
errs = []
interp.write = errs.append
print(interp.runsource("x = )"))
print(''.join(errs), end='')
errs.clear()
print(interp.runsource("1/0"))
print(''.join(errs), end='')
errs.clear()
print(interp.runsource("def g():\n  raise ValueError('bad')\n\n"))
print(interp.runsource("g()"))
print(''.join(errs), end='')

# console: buffering, prompts, banner and exit message
con = Capture(["x = 3", "if x:", "    print('inside', x)", "", "x * 2", "for i in range(2):",
               "  print(i)", "", "undefined_name", "print('end')"], filename='<mycon>')
con.interact(banner='BANNER', exitmsg='BYE')
print(''.join(con.out))
con = Capture([])
con.interact(banner='', exitmsg='')
print(con.out)
con = Capture([])
con.interact(banner='hi')
print(con.out)
con = code.InteractiveConsole()
print(con.push("z = 1"), con.push("def h():"), con.push("  return z + 1"), con.push(""),
      con.locals['h']())
print(con.buffer)
print(con.push("if 1:"), con.buffer)
con.resetbuffer()
print(con.buffer)
try:
    code.InteractiveConsole().push("raise SystemExit(3)")
except SystemExit as e:
    print('SystemExit', e.code)
print(code.compile_command is codeop.compile_command)
