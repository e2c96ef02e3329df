from contextlib import contextmanager, ExitStack, suppress, nullcontext
log = []
@contextmanager
def managed(name, fail_on_exit=False):
    log.append(f"enter {name}")
    try:
        yield name
    except ValueError as e:
        log.append(f"handled {name}: {e}")
    else:
        log.append(f"clean {name}")
    finally:
        log.append(f"exit {name}")
        if fail_on_exit:
            raise RuntimeError(f"exit failure {name}")

with managed("a"):
    pass
with managed("b"):
    raise ValueError("v")
try:
    with managed("c"):
        raise TypeError("t")
except TypeError as e:
    log.append(f"outer got {e}")
try:
    with managed("d", fail_on_exit=True):
        pass
except RuntimeError as e:
    log.append(f"outer got {e}")
print("\n".join(log))

@contextmanager
def reraiser():
    try:
        yield
    except Exception as e:
        raise
try:
    with reraiser():
        raise KeyError("same")
except KeyError as e:
    print("reraised", repr(e))

@contextmanager
def stopper():
    yield
try:
    with stopper():
        raise StopIteration("inside")
except StopIteration as e:
    print("StopIteration propagated", e)

@contextmanager
def nested(level):
    print("  " * level + f"open {level}")
    yield level
    print("  " * level + f"close {level}")
with nested(0) as a, nested(1) as b, nested(2) as c:
    print("body", a, b, c)

def resources(n):
    with ExitStack() as stack:
        got = [stack.enter_context(nested(i)) for i in range(n)]
        stack.callback(lambda: print("callback"))
        return got
print(resources(3))

with ExitStack() as stack:
    stack.enter_context(suppress(ZeroDivisionError))
    1 / 0
print("suppressed inside ExitStack")

try:
    with ExitStack() as stack:
        stack.callback(print, "cleanup runs")
        raise ValueError("propagates")
except ValueError as e:
    print("got", e)

with nullcontext() as nothing:
    print(nothing)
cm = managed("reuse")
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__)
@managed("deco")
def decorated(x):
    return x + 1
log.clear()
print(decorated(1), decorated(2), log)
