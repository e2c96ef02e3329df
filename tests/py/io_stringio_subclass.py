# io.StringIO / io.BytesIO subclasses without methods of their own: text
# vs binary is decided by the base (a StringIO subclass was a BytesIO).
import io
import sys
class S(io.StringIO):
    pass
class B(io.BytesIO):
    pass
s = S("init")
s.seek(0, 2)
s.write("é")
print(repr(s.getvalue()), type(s).__name__, isinstance(s, io.StringIO))
b = B(b"xy")
b.read(1)
b.write(b"Z")
print(b.getvalue(), type(b).__name__)
s.attr = 1
print(s.attr)
class S(io.StringIO):
    pass
f = S()
f.write("a")
print(repr(f.getvalue()))
g = S()
old = sys.stdout
sys.stdout = g
print("hi")
sys.stdout = old
print(repr(g.getvalue()))
h = S()
sys.stdout = h
sys.displayhook(5)
sys.stdout = old
print(repr(h.getvalue()))
