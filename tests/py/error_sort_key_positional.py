[1].sort(len)
