# More than 15 members are truncated; a group as the context of another
# exception; BaseExceptionGroup's display.
def f():
    try:
        raise ExceptionGroup("wide", [ValueError(i) for i in range(18)])
    except ExceptionGroup:
        raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("x")])

print("start")
f()
