# An uncaught TypeError from a class pattern, with its traceback.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def locate(p):
    match p:
        case Point(x, y):
            return x, y

print("start")
print(locate((1, 2)))
print(locate(Point(1, 2)))
