format("s", "+")
