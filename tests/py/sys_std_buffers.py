# sys.stdin.buffer / sys.stdout.buffer: the binary layers under the text streams.
import sys
b = sys.stdin.buffer
print(repr(b), b.readable(), b.writable(), b.seekable(), b.mode, b.name, b.closed, b.fileno())
print(b.readline())
print(b.readline(3), b.readline())
print(next(iter(b)))
print(b.read(4), b.read1(2))
print(b.readlines(1))
print(b.readlines())
print(b.read(), b.readline())
out = sys.stdout.buffer
print(out.mode, out.name, out.writable(), out.readable(), out.fileno(), sys.stderr.buffer.name)
sys.stdout.flush()
print(out.write(b"bytes\n"), out.write(bytearray(b"bytearray\n")), out.write(memoryview(b"memoryview\n")))
out.writelines([b"one ", bytearray(b"two\n")])
out.flush()
print("text after bytes")
for bad in ("str", 5, None):
    try:
        out.write(bad)
    except TypeError as e:
        print("TypeError:", e)
data = sys.stdin.buffer.read()
print(repr(data))
