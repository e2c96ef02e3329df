import dis
dis.dis('a = b + 1')
dis.dis('x = (1, 2)\ny = x')
def mul(a, b=2):
    c = a * b
    return c
dis.dis(mul)
import io
buf = io.StringIO()
dis.dis('z = 1', file=buf)
print(buf.getvalue().count('\n'), 'LOAD_CONST' in buf.getvalue())
try:
    dis.dis(5)
except TypeError as e:
    print(e)
