"%s %s" % ("one",)
