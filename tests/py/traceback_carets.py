import os as _os, sys as _sys
_here = _os.path.dirname(_os.path.abspath(__file__)) + "/"
class _Out:
    # stdout with the directory of this script removed from paths
    def write(self, s): _sys.stdout.write(s.replace(_here, ""))
    def flush(self): pass
OUT = _Out()
def p(*args, **kw):
    print(*args, file=OUT, **kw)

import sys, traceback

def run(fn):
    try:
        fn()
    except BaseException:
        p("".join(traceback.format_exc().splitlines(True)[3:]), end="")
    p("--")

def a1():
    x = None
    x.attr
run(a1)
def a2():
    d = {"é": 1}; return d["é"] + d["ü"]
run(a2)
def a3():
    v = (1) + "s"
run(a3)
def a4():
    return [1, 2,
            3][
        10]
run(a4)
def a5():
    return ("abc"
            + 1)
run(a5)
def a6():
    return int("x")
run(a6)
def a7():
    obj = [[1]]
    obj[0][0][0]
run(a7)
def a8():
    f = lambda: 1
    return f(1, 2) ** 2
run(a8)
def a9():
    a = 1; b = 0
    return a // b // 3
run(a9)
def a10():
    raise SystemExit(3)
run(a10)
def a11():
    assert 1 == 2, "nope"
run(a11)
def a12():
    exec("def f(:\n  pass")
run(a12)
def a13():
    exec("  x = 1")
run(a13)
def a14():
    eval("1 +* 2")
run(a14)
def a15():
    import nonexistent_module_xyz
run(a15)
class E(Exception):
    def __str__(self):
        raise RuntimeError
def a16():
    raise E()
run(a16)
def a17():
    raise ValueError()
run(a17)
def a18():
    e = ValueError("n")
    e.__notes__ = "not a list"
    raise e
run(a18)
def a19():
    x = 5
    x += "a"
run(a19)
def a20():
    return sorted([3, 1], key=lambda k: k.missing)
run(a20)
def a21():
    d = {"名前": 1}; return d["名前"] + d["漢字"]
run(a21)
def a22():
    return (1 +  # comment
            None)
run(a22)
def a23():
    return len(5)
run(a23)
def a24():
    x = [1]; return x [ 4 ]
run(a24)
