# A wildcard before other cases is a SyntaxError, also inside an or-pattern.
print("never printed")

match 5:
    case 1:
        pass
    case 2 | _ | 3:
        pass
