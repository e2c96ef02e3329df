print("in file", __name__)
file_var = 11
