# pass as a placeholder in every block kind.
def empty():
    pass
print(empty())
if True:
    pass
else:
    pass
for i in range(3):
    pass
print(i)
while False:
    pass
n = 0
while n < 3:
    n += 1
    pass
print(n)
def only_doc():
    "a docstring is a body too"
print(only_doc())
def pass_then_return():
    pass
    return "after pass"
print(pass_then_return())
