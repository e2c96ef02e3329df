str.maketrans({"ab": "x"})
