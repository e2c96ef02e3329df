# flush=True is accepted and does not change the output.
print("flushed", flush=True)
print("a", "b", sep="-", end="\n", flush=True)
print("not flushed", flush=False)
print(flush=True)
print("last")
