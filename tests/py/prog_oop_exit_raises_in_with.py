import sys
class Cleanup:
    def __enter__(s): return s
    def __exit__(s, *a): print("exit"); raise KeyError("from exit")
def f():
    with Cleanup():
        raise ValueError("orig")
f()
