# sys.stdout.buffer: bytes written in order with text output.
import sys
print("text first")
n = sys.stdout.buffer.write(b"P4\n3 2\n")
print(n)
sys.stdout.buffer.write(bytearray(b"from bytearray\n"))
sys.stdout.flush()
sys.stdout.buffer.flush()
print("text last")
sys.stdout.buffer.write("not bytes")
