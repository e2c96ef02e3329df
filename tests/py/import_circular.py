# Circular imports: the partly initialised module is visible in sys.modules.
import modpkg.circ_a
print(modpkg.circ_a.from_a())
print(modpkg.circ_b.late_call())
import sys
print(sys.modules["modpkg.circ_a"].A_LATE, sys.modules["modpkg.circ_b"].B_VALUE)
