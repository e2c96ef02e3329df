# Display of nested groups that were raised (with their own tracebacks),
# a chained cause, and an except* clause raising a new exception.
def raise_inner():
    raise ExceptionGroup("inner group", [ValueError("v1"), KeyError("k1")])

def make_nested():
    try:
        raise_inner()
    except ExceptionGroup as g:
        inner = g
    try:
        raise OSError("the cause")
    except OSError as cause:
        try:
            raise ExceptionGroup("outer group", [inner, TypeError("t1")]) from cause
        except ExceptionGroup as outer:
            return outer

def handle():
    try:
        raise make_nested()
    except* TypeError:
        raise RuntimeError("handler failed")

print("start")
handle()
