# sys.excepthook reports uncaught exceptions; list()/tuple()/extend ask the
# iterable for its length after iter(), as CPython.
import sys
print(sys.excepthook is sys.__excepthook__, sys.excepthook.__name__)
class A:
    def __len__(self): print("len"); return 2
    def __iter__(self): print("iter"); return iter([1, 2])
class B:
    def __length_hint__(self): print("hint"); return 2
    def __iter__(self): return iter([1, 2])
print(list(A()), list(B()), tuple(A()))
l = [0]; l.extend(A()); print(l)
def hook(t, v, tb):
    print("hook:", t.__name__, v, tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name, flush=True)
sys.excepthook = hook
def f():
    raise ValueError("uncaught")
f()
