format("s", "d")
