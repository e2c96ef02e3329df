format("s", ",")
