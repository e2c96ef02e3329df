# A name may be captured only once in a pattern.
print("never printed")

match (1, (2, 3)):
    case (a, (b, a)):
        pass
