# global declarations: reading, writing and creating module names from functions.
counter = 0
def inc():
    global counter
    counter += 1
    return counter
for i in range(5):
    inc()
print(counter)
def make_new():
    global created
    created = "made in function"
make_new()
print(created)
x = "global x"
def read_only():
    return x
def shadow():
    x = "local x"
    return x
print(read_only(), shadow(), x)
def two_globals():
    global a, b
    a, b = 1, 2
two_globals()
print(a, b)
lst = []
def mutate():
    lst.append(1)
mutate()
mutate()
print(lst)
def rebind_list():
    global lst
    lst = ["new"]
rebind_list()
print(lst)
