# raise of something that is not an exception.
def f():
    raise "a string"
try:
    f()
except TypeError as e:
    print("caught:", e)
raise 42
