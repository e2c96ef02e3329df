class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class Sub(MyError): pass
def f(n):
    if n == 0: raise Sub(404, "not found")
    if n == 1: raise ValueError("bad value")
    if n == 2: return 1 / 0
    if n == 3: return [][1]
    if n == 4: return {}["k"]
    if n == 5: return int("abc")
    if n == 6: return undefined_name
    if n == 7: return None.attr
    if n == 8: return "a" + 1
    if n == 9: return len(5)
    if n == 10: raise KeyError("x", "y")
    if n == 11: return [1, 2].index(5)
    if n == 12: return "abc".index("z")
    if n == 13: return tuple()[0]
    if n == 14: return int.fromx
    if n == 15: return (1).foo
    if n == 16: return 2 ** 10000 * 1.0
    if n == 17: import nonexistent_mod
    if n == 18: return [1][print]
    if n == 19: return {}.pop("z")
    if n == 20: return set().pop()
    if n == 21: return object().x
    if n == 22: a, b = [1, 2, 3]
    if n == 23: a, b, c = [1, 2]
    if n == 24: return 1 + "a"
    if n == 25: return -"a"
    if n == 26: return "a" * "b"
    if n == 27: return f(*5)
    if n == 28: return float("x1")
    if n == 29: return chr(-1)
    if n == 30: return [].pop()
    if n == 31: return 5 % 0
    if n == 32: return 5.0 // 0
    if n == 33: return divmod(1, 0)
    if n == 34: return sorted([1, "a"])
    if n == 35: return hash([])
    if n == 36: return {[]: 1}
    if n == 37: return range(1, 2, 0)
    if n == 38: return next(iter([]))
    if n == 39: return "abc"[10]
    if n == 40: return int("12", 1)
    if n == 41: return dict(a=1)(2)
    if n == 42: return max([])
    if n == 43: return f(1, 2)
    if n == 44: return f(x=1)
    if n == 45: return "x".join([1])
    if n == 46: return (1, 2) < (1, "a")
    if n == 47: return ord("ab")
    if n == 48: return list(5)
    if n == 49: return 10 ** -1 % 0
    return "ok"
for i in range(51):
    try:
        r = f(i)
        print(i, "->", r)
    except MyError as e:
        print(i, type(e).__name__, e.code, e, e.args)
    except Exception as e:
        print(i, type(e).__name__, str(e), repr(e))
