# Name resolution: locals, module globals and builtins.
x = 1
def f():
    y = x + 1
    return y
print(f())
def g():
    x = 100
    return x
print(g(), x)
def uses_builtin():
    return len([1, 2, 3])
print(uses_builtin())
len_saved = len
def shadow_builtin():
    len = 5
    return len
print(shadow_builtin(), len("ab"))
def param_is_local(x):
    x = x * 2
    return x
print(param_is_local(21), x)
def late_global():
    return later
later = "defined after the def, before the call"
print(late_global())
def loop_var():
    for i in range(3):
        pass
    return i
print(loop_var())
def nested_call(n):
    return f() + n
print(nested_call(10))
