"{".format(1)
