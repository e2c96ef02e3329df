for spec in ["", "s", "10", "<10", ">10", "^10", "*^10", "-<7", ".2", "10.3", ">10.1", "^9.4s", "0>6", "x^1"]:
    print(repr(spec), repr(format("hello", spec)), repr(format("", spec)))
print(format("héllo", "^9"), format("日本", "*>5"))
print("{:<5}|{:>5}|{:^5}".format("a", "b", "c"))
print("{0!r:>8}|{0!s:<8}|{0!a}".format("é"))
