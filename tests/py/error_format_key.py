"{name}".format(other=1)
