class Bad:
    def __init__(self):
        return "oops"
Bad()
