from modpkg.circ_from_b import b_name
a_name = "a"
