import sys
class Replacement:
    name = "replacement object"
    def __repr__(self):
        return "<Replacement>"
sys.modules[__name__] = Replacement()
