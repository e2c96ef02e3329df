# Module functions written in C carry their module: __self__, __module__.
import math, time, cmath, builtins, sys, gc
for f in (math.sqrt, time.time, time.perf_counter, cmath.sqrt, gc.collect, sys.exit, len,
          print, abs):
    s = f.__self__
    print(f.__name__, f.__module__, type(s).__name__, getattr(s, "__name__", None))
print(len.__self__ is builtins, math.sqrt.__self__ is math, time.time.__self__ is time)
print(builtins, sys)
print(repr(len), repr(math.floor), repr(time.time))
import pickle, copy
print(math.sqrt.__reduce__(), len.__reduce__(), [].append.__reduce__())
print(pickle.loads(pickle.dumps([1, 2].append)).__self__, copy.copy(math.sqrt) is math.sqrt)
print(pickle.loads(pickle.dumps(len)) is len, pickle.loads(pickle.dumps(math.floor))(2.5))
