# Value-pattern keys that turn out equal at run time: ValueError.
class Keys:
    A = "k"
    B = "k"

print("start")
match {"k": 1, "j": 2}:
    case {Keys.A: 1, Keys.B: 2}:
        print("never")
