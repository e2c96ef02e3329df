"""A plain module."""
print("plain: executing, __name__ =", __name__)
executions = 1
CONSTANT = 42

def double(x):
    return 2 * x

class Thing:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Thing(%r)" % (self.v,)

def where():
    return __name__

if __name__ == "__main__":
    print("plain: run as main")
else:
    print("plain: imported")
