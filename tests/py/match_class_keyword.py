# Keyword sub-patterns in class patterns: getattr on the subject.
class User:
    def __init__(self, name, role, active=True):
        self.name = name
        self.role = role
        self.active = active

def greet(u):
    match u:
        case User(role="admin", name=n):
            return f"hello admin {n}"
        case User(active=False):
            return "inactive"
        case User(name=str(n), role=r) if r.startswith("dev"):
            return f"hi developer {n}"
        case User(name=n):
            return f"hi {n}"
    return "who?"

users = [User("root", "admin"), User("bob", "guest", False), User("eve", "developer"),
         User("amy", "guest"), "nobody"]
for u in users:
    print(greet(u))

# Positional and keyword together.
class Box:
    __match_args__ = ("w", "h")
    def __init__(self, w, h, color):
        self.w, self.h, self.color = w, h, color

match Box(2, 3, "red"):
    case Box(2, h, color="blue"):
        print("wrong")
    case Box(w, h, color=c):
        print(w, h, c)

# Missing attribute: no match, no exception.
match Box(1, 1, "x"):
    case Box(depth=d):
        print("wrong")
    case _:
        print("no depth attribute")

# Attributes of builtins by keyword.
match 3.5:
    case float(real=r, imag=i):
        print("float parts", r, i)

match "text":
    case str(__class__=cls):
        print("class", cls.__name__)

# Keyword patterns can reach methods too.
match [3, 1, 2]:
    case list(sort=m):
        print("found a method:", callable(m))

# An object() pattern matches anything, by keyword too.
match 42:
    case object(real=r):
        print("object() with real", r)
