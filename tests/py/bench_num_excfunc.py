import sys
import functools
from functools import lru_cache, partial, reduce, wraps
import operator

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1


class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(msg)
        self.pos = pos

    def __str__(self):
        return f"{self.args[0]} at {self.pos}"


class EvalError(ArithmeticError):
    pass


class Tokens:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def peek(self):
        while self.pos < len(self.text) and self.text[self.pos] == " ":
            self.pos += 1
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def take(self):
        ch = self.peek()
        self.pos += 1
        return ch


def parse_expr(tk):
    left = parse_term(tk)
    while tk.peek() in ("+", "-"):
        op = tk.take()
        right = parse_term(tk)
        left = (op, left, right)
    return left


def parse_term(tk):
    left = parse_atom(tk)
    while tk.peek() in ("*", "/", "%"):
        op = tk.take()
        right = parse_atom(tk)
        left = (op, left, right)
    return left


def parse_atom(tk):
    ch = tk.peek()
    if ch == "(":
        tk.take()
        e = parse_expr(tk)
        if tk.take() != ")":
            raise ParseError("expected )", tk.pos)
        return e
    if ch.isdigit():
        start = tk.pos
        while tk.peek().isdigit():
            tk.pos += 1
        return int(tk.text[start:tk.pos])
    raise ParseError("unexpected %r" % ch, tk.pos)


OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.floordiv, "%": operator.mod}


def evaluate(node):
    if isinstance(node, int):
        return node
    op, a, b = node
    try:
        return OPS[op](evaluate(a), evaluate(b))
    except ZeroDivisionError as e:
        raise EvalError("division by zero in %s" % op) from e


def gen_exprs(n):
    s = 99
    out = []
    for i in range(n):
        parts = []
        for k in range(7):
            s = (s * 69069 + 1) & 0xFFFFFFFF
            parts.append(str(s % 23))
            parts.append("+-*/%"[(s >> 8) % 5])
        parts.append(str(i % 5))
        e = " ".join(parts)
        if i % 7 == 0:
            e = "(" + e
        elif i % 11 == 0:
            e = "(" + e + ")"
        elif i % 13 == 0:
            e = e + " $"
        out.append(e)
    return out


def counted(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


@lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


@counted
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def make_counter():
    count = 0

    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc


def retry(times):
    def deco(f):
        @wraps(f)
        def inner(*a):
            last = None
            for attempt in range(times):
                try:
                    return f(*a, attempt)
                except KeyError as e:
                    last = e
                finally:
                    inner.attempts += 1
            raise RuntimeError("gave up") from last
        inner.attempts = 0
        return inner
    return deco


@retry(3)
def flaky(table, key, attempt):
    return table[key + attempt]


def main():
    for rep in range(SCALE):
        results = {"ok": 0, "parse": 0, "eval": 0}
        total = 0
        msgs = []
        for e in gen_exprs(4000):
            try:
                tk = Tokens(e)
                tree = parse_expr(tk)
                if tk.peek():
                    raise ParseError("trailing %r" % tk.peek(), tk.pos)
                v = evaluate(tree)
            except ParseError as err:
                results["parse"] += 1
                if len(msgs) < 3:
                    msgs.append(str(err))
            except EvalError as err:
                results["eval"] += 1
                assert isinstance(err.__cause__, ZeroDivisionError)
            else:
                results["ok"] += 1
                total += v
            finally:
                total += 1
        print("exprs", results, total, msgs)
        partitions.cache_clear()
        print("partitions", partitions(120, 120), partitions.cache_info().currsize)
        print("collatz", max(range(1, 20000), key=collatz), collatz.calls, collatz.__name__)
        inc = make_counter()
        for i in range(50000):
            inc(i % 3)
        print("closure", inc(0), inc.__code__.co_freevars)
        table = {i: i * i for i in range(0, 3000, 3)}
        ok = fail = 0
        for k in range(3000):
            try:
                ok += flaky(table, k) % 7
            except RuntimeError as e:
                fail += 1
                cause = type(e.__cause__).__name__
        print("retry", ok, fail, flaky.attempts, cause, flaky.__wrapped__.__name__)
        add3 = partial(reduce, operator.add)
        pw = partial(pow, mod=1000007)
        print("functools", add3(range(100000)), reduce(lambda a, b: a * b % 1000003, range(1, 50000), 1),
              sum(pw(i, 3) for i in range(20000)), functools.reduce(max, [3, 9, 2]))
        depth = 0

        def recurse(n):
            return recurse(n + 1)
        try:
            recurse(0)
        except RecursionError:
            depth = 1
        print("recursion", depth)


if __name__ == "__main__":
    main()
