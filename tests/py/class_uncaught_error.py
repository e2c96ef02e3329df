class ValidationError(ValueError):
    def __init__(self, field):
        super().__init__("invalid field: " + field)
        self.field = field
def check(d):
    if "name" not in d:
        raise ValidationError("name")
try:
    check({})
except ValidationError as e:
    print("caught:", e, e.field)
check({"x": 1})
