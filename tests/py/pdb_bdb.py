# pdb and bdb, non-interactive: pdb.Pdb with commands from a StringIO,
# breakpoints (line, function, temporary, conditional), where, step, next,
# return, continue, up/down, p, args, retval, quit; a Bdb subclass.
import bdb
import io
import os
import pdb
import re
import sys

def add(a, b):
    total = a + b
    return total

def compute(n):
    values = []
    for i in range(n):
        values.append(add(i, 10))
    result = sum(values)
    return result

def boom():
    raise ValueError("bad")

def catcher():
    try:
        boom()
    except ValueError:
        return 'caught'

def clean(text):
    text = text.replace(os.path.abspath(__file__), 'FILE')
    text = re.sub(r'\S*bdb\.py\(\d+\)run\(\)', 'BDB(run)', text)
    # (the source line of bdb's own frame: coil's library is embedded)
    text = text.replace('\n-> exec(cmd, globals, locals)', '')
    return text

def session(commands, stmt, **kw):
    out = io.StringIO()
    bdb.Breakpoint.clearBreakpoints()
    p = pdb.Pdb(stdin=io.StringIO(commands), stdout=out, **kw)
    p.run(stmt, globals())
    print(clean(out.getvalue()))
    print('---')

print("== step, next, where, continue")
session("step\nnext\nstep\nwhere\nnext\nnext\nargs\np a + b\ncontinue\n", "compute(2)")

print("== breakpoints")
session("break add\ncontinue\np a, b\nwhere\nbreak\nclear 1\ncontinue\n", "compute(3)")
session("break %s:%d\ncontinue\np total\ncontinue\ncontinue\n"
        % (os.path.abspath(__file__), add.__code__.co_firstlineno + 2), "compute(2)")
session("tbreak add\ncontinue\nbreak\ncontinue\n", "compute(2)")
session("break add, a == 2\ncontinue\np a\ncontinue\n", "compute(4)")

print("== return, retval, up and down")
session("break add\ncontinue\nreturn\nretval\nup\np n\ndown\np a\nquit\n", "compute(3)")

print("== exceptions")
session("step\nstep\nstep\nstep\nnext\nnext\nnext\ncontinue\n", "catcher()")

print("== until and list")
session("step\nstep\nnext\nuntil\nuntil\np values\nquit\n", "compute(3)")

print("== ! statements and errors")
session("step\n!x = 41\np x + 1\np undefined_name\nnosuchcmd 1\ncontinue\n", "compute(1)")

print("== runcall")
out = io.StringIO()
p = pdb.Pdb(stdin=io.StringIO("next\nnext\np total\ncontinue\n"), stdout=out)
print(p.runcall(add, 3, 4))
print(clean(out.getvalue()))

print("== a Bdb subclass")
def ours(frame):
    return os.path.basename(frame.f_code.co_filename) != 'bdb.py'
class Tracer(bdb.Bdb):
    def user_call(self, frame, args):
        if ours(frame): print("call", frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno)
        self.set_step()
    def user_line(self, frame):
        if ours(frame): print("line", frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno)
        self.set_step()
    def user_return(self, frame, value):
        if ours(frame): print("return", frame.f_code.co_name, value)
        self.set_step()
    def user_exception(self, frame, exc_info):
        if ours(frame): print("exception", frame.f_code.co_name, exc_info[0].__name__)
        self.set_step()
t = Tracer()
t.runcall(catcher)
t = Tracer(skip=['__main__'])
t.runcall(compute, 1)
print("skipped all:", sys.gettrace())
