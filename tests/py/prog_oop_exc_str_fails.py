import sys
class MyErr(Exception):
    def __str__(s): raise RuntimeError("no str")
def go(): raise MyErr("x")
print("start"); sys.stdout.flush()
go()
