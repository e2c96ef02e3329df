# Errors while evaluating an except clause's type expression.
try:
    try:
        raise KeyError("k")
    except undefined_name:
        print("not reached")
except NameError as e:
    print("NameError:", e, "| context:", repr(e.__context__))

def types():
    raise RuntimeError("types() failed")
try:
    try:
        1 / 0
    except types():
        pass
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", type(e.__context__).__name__)

try:
    try:
        raise ValueError
    except (ValueError, 3):
        print("not reached")
except TypeError as e:
    print("TypeError:", e)

# a matching handler earlier in the list wins before a bad one is evaluated
try:
    raise ValueError
except ValueError:
    print("matched first")
except undefined_too:
    pass
