# atexit: callbacks run newest first after the program ends (also after
# sys.exit), with their arguments; unregister removes every registration;
# a failing callback is reported and the others still run.
import atexit, sys

def bye(*a, **k):
    print("bye", a, sorted(k.items()))

class Boom:
    def __repr__(self):
        return "<Boom>"
    def __call__(self):
        raise ValueError("callback failed")

def once():
    print("once")

atexit.register(bye, 1, 2, x=3, y=[4])
atexit.register(Boom())
print(atexit.register(once) is once)
atexit.register(once)
atexit.unregister(once)
atexit.register(print, "printed", "via", sep="-")

@atexit.register
def decorated():
    print("decorated runs first")
    atexit.register(print, "registered during exit: not run")

try:
    atexit.register(5)
except TypeError as e:
    print("TypeError:", e)
try:
    atexit.unregister()
except TypeError as e:
    print("TypeError")
print("main done")
sys.stdout.flush()
sys.exit(3)
