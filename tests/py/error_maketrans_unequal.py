str.maketrans("abc", "xy")
