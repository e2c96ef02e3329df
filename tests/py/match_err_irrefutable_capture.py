# A capture pattern that is not last (and has no guard) is a SyntaxError.
print("never printed")

def f(command):
    match command:
        case "quit":
            return 0
        case other:
            return 1
        case "help":
            return 2
