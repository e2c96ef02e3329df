WHICH = "package directory"
