# An uncaught math error: the traceback and exit status are the point.
import math
print(math.sqrt(4))
print(math.sqrt(-4))
