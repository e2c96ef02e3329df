class ValidationError(Exception):
    def __init__(self, field, msg):
        self.field = field
        super().__init__(f"{field}: {msg}")
class Form:
    def validate(self, data):
        errors = []
        for k in ("name", "age"):
            try:
                getattr(self, f"check_{k}")(data.get(k))
            except ValidationError as e:
                errors.append(e)
        if errors:
            raise ExceptionGroup("invalid form", errors)
    def check_name(self, v):
        if not v: raise ValidationError("name", "required")
    def check_age(self, v):
        if not isinstance(v, int): raise ValidationError("age", f"must be int, got {type(v).__name__}")
try:
    Form().validate({"age": "x"})
except* ValidationError as eg:
    for e in eg.exceptions: print(e.field, e)
Form().validate({"name": "", "age": 3.5})
