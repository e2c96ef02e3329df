# Compile-time SyntaxWarnings CPython prints to stderr: "is" / "is not" with
# a literal, and an assert on a non-empty tuple. The source is compiled
# under this file's own name so the warning shows the line read back from
# this file (as linecache does); a "<string>" name shows no line.
import sys
SRC = '''x = 5
if x is 5:
    print("five")
while x is not 0 and x is not 1:
    x -= 1
print(x is 1 < 2, x is None, x is ..., x is True, x is [], x is (x, 1))
print(x is -1, x is (1, 2), 1 is x, x is b"", x is 1.5, x is ())
assert (x, "message")
try:
    pass
finally:
    y = x is 3
def f(v):
    return v is not "a"
print(f(x), y)
'''
code = compile(SRC, "diff_syntax_warning_is_literal.py", "exec")
sys.stderr.flush()
exec(code)
compile("z = 1\nz is 'q'\n", "<string>", "exec")
print("done")
