# sys.stdin: readline, iteration, read; input() shares the stream.
import sys
first = sys.stdin.readline()
print(repr(first))
print(repr(input()))
lines = []
for line in sys.stdin:
    lines.append(line)
    if line.startswith("stop"):
        break
print(lines)
rest = sys.stdin.read()
print(repr(rest))
print(repr(sys.stdin.readline()))
