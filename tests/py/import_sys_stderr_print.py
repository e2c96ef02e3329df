# print(file=sys.stderr), sys.stdout.write and sys.stderr.write: each stream
# keeps its order; sys.stdout shares print()'s buffer.
import sys
print("out 1")
print("err 1", file=sys.stderr)
sys.stdout.write("out 2\n")
n = sys.stderr.write("err 2\n")
print(n)
print("out", 3, sep="-", end="!\n")
print("err", 3, sep="-", end="!\n", file=sys.stderr)
sys.stdout.write("partial ")
print("line")
print("x", file=sys.stdout)
sys.stdout.flush()
sys.stderr.flush()
print(sys.stdout.write("abc\u00e9\n"))
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print(sys.stdout.name, sys.stderr.name, sys.stdin.name)
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
cap = Capture()
print("to capture", 1, file=cap)
print("flushed", file=cap, flush=True)
print(cap.parts)
old = sys.stdout
sys.stdout = cap
print("redirected print")
sys.stdout = old
print(cap.parts[-2:])
print("done")
