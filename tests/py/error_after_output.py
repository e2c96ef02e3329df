# Output printed before an uncaught error must all appear (stdout is flushed at exit).
for i in range(5):
    print("line", i)
print("no newline at end", end="")
d = {}
d["missing"]
