# sys.exit(n): output so far is flushed, the status is n, no traceback.
import sys
print("before exit")
try:
    sys.exit(4)
except SystemExit as e:
    print("caught", e.code, type(e.code).__name__, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code, e.args)
try:
    sys.exit("text")
except SystemExit as e:
    print("caught", repr(e.code))
sys.exit(3)
print("never")
