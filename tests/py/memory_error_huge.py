# Requests far beyond the machine's memory fail at once with MemoryError
# (as CPython's malloc refuses them) instead of being reserved lazily.
for src in ('"a" * (2**40)', 'b"a" * (2**40)', 'bytearray(2**40)', '[0] * (2**37)',
            '(0,) * (2**37)', '"ab".ljust(2**40)', 'list(range(2**37))',
            '"x" * (2**44) + "y"', '[None] * (2**38)'):
    try:
        eval(src)
        print(src, "no error")
    except MemoryError as e:
        print(src, "MemoryError", repr(e))
print("still running")
