print("circ_a: start")
A_EARLY = "a-early"
import modpkg.circ_b as circ_b
print("circ_a: circ_b.B_VALUE =", circ_b.B_VALUE)
A_LATE = "a-late"
def from_a():
    return "from_a sees " + circ_b.B_VALUE
print("circ_a: end")
