# All alternatives of an or-pattern must bind the same names.
print("never printed")

match [1, 2]:
    case [x, 0] | [0, y]:
        pass
