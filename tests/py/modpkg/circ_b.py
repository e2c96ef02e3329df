print("circ_b: start")
import modpkg.circ_a as circ_a
import sys
# circ_a is only partly initialised here: A_EARLY exists, A_LATE not yet.
print("circ_b: circ_a.A_EARLY =", circ_a.A_EARLY)
print("circ_b: has A_LATE?", hasattr(circ_a, "A_LATE"))
print("circ_b: circ_a in sys.modules?", "modpkg.circ_a" in sys.modules)
B_VALUE = "b-value"
def late_call():
    return circ_a.A_LATE
print("circ_b: end")
