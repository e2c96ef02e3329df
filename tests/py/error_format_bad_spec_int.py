format(5, "s")
