zed = 1
del zed
del zed
