iter(5, 0)
