# faulthandler: enable/disable/is_enabled and dump_traceback into a file.
import faulthandler
import io
import os
import sys
import tempfile

print(faulthandler.is_enabled())
print(faulthandler.enable())
print(faulthandler.is_enabled())
print(faulthandler.disable(), faulthandler.disable())
print(faulthandler.is_enabled())

fd, path = tempfile.mkstemp()


def read_back():
    global fd
    os.close(fd)
    with open(path) as f:
        text = f.read()
    fd = os.open(path, os.O_WRONLY | os.O_TRUNC)
    return text


def inner():
    faulthandler.dump_traceback(fd, all_threads=False)


def outer():
    inner()


outer()
for line in read_back().splitlines():
    print(repr(line))

with open(path, "w") as f:
    faulthandler.dump_traceback(file=f, all_threads=False)
with open(path) as f:
    print(f.read().splitlines())
read_back()


def recurse(n):
    if n == 0:
        faulthandler.dump_traceback(fd, all_threads=False)
    else:
        recurse(n - 1)


recurse(3)
print(len(read_back().splitlines()))

# all_threads=True: the header names the thread (its id differs per run).
faulthandler.dump_traceback(fd)
lines = read_back().splitlines()
print(lines[0].startswith("Current thread 0x"), lines[0].endswith("(most recent call first):"))
print(lines[1])

faulthandler.enable(file=fd)
print(faulthandler.is_enabled())
faulthandler.disable()
for bad in (5.0, io.StringIO(), -1, "x"):
    try:
        faulthandler.enable(file=bad)
    except Exception as e:
        print(type(e).__name__, e)
for bad in (io.StringIO(), -3):
    try:
        faulthandler.dump_traceback(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    faulthandler.dump_traceback_later(0)
except ValueError as e:
    print("ValueError:", e)
faulthandler.dump_traceback_later(1000, file=fd)
faulthandler.cancel_dump_traceback_later()
faulthandler.cancel_dump_traceback_later()
print(read_back())
print(faulthandler.is_enabled())
os.close(fd)
os.unlink(path)
