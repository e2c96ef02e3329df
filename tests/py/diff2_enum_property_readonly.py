# Enum name/value (and enum.property) are read-only with CPython 3.11 messages.
import enum
class E(enum.Enum):
    A = 1
    B = 2
for attr in ("value", "name"):
    try: setattr(E.A, attr, 5)
    except AttributeError as e: print(e)
    try: delattr(E.A, attr)
    except AttributeError as e: print(e)
class Color(enum.Enum):
    RED = 1
    @enum.property
    def hexa(self): return "#f00"
try: Color.RED.hexa = 2
except AttributeError as e: print(e)
print(Color.RED.hexa, E.A.name, E.B.value, [m.name for m in E])
