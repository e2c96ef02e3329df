# input() reads lines from standard input without the trailing newline.
name = input()
print("hello, " + name)
n = int(input())
total = 0
i = 0
while i < n:
    total += int(input())
    i += 1
print("sum", total)
line = input()
print(repr(line), line.split())
print(repr(input()))
print(repr(input()))
