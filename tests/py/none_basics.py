# None: singleton, falsy, prints as None, returned by procedures.
x = None
print(x, repr(x), str(x), type(x), bool(x), x is None, x == None, x != None)
print(None == 0, None == False, None == "", None == [])
def proc():
    pass
print(proc() is None, [None, None], (None,), {None: None})
l = [1, None, 3]
print(l.count(None), None in l, l.index(None))
print(print("inner") is None)
