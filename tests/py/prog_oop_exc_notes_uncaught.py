e = ValueError("bad")
e.add_note("hint 1"); e.add_note("hint 2")
print(e.__notes__)
try: e.add_note(3)
except TypeError as x: print(x)
def f():
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("while looking up")
        raise
try: f()
except KeyError as k: print(k.__notes__)
raise e
