WHICH = "module file"
