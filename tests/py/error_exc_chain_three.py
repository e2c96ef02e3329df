# Three chained exceptions, with a cause in the middle.
def step3():
    raise KeyError("three")
def step2():
    try:
        step3()
    except KeyError as e:
        raise ValueError("two") from e
def step1():
    try:
        step2()
    except ValueError:
        raise RuntimeError("one")
step1()
