# "The above exception was the direct cause" traceback.
def load(key):
    table = {"a": 1}
    try:
        return table[key]
    except KeyError as e:
        raise LookupError("no entry " + key) from e

print(load("a"))
load("b")
