print("modpkg.sub.sibling:", __name__, __package__)
def greet(who):
    return "hello " + who
