print("never")
@decorator
