# Errors around with: bad managers, __exit__ raising, __enter__ raising.
class NoExit:
    def __enter__(self):
        return self
class Raising:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
class EnterFails:
    def __enter__(self):
        raise ValueError("enter failed")
    def __exit__(self, *a):
        print("never called")

try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    with Raising():
        print("body ran")
except RuntimeError as e:
    print("RuntimeError:", e, e.__context__)
try:
    with Raising():
        raise KeyError("body")
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__context__))
try:
    with EnterFails():
        print("never")
except ValueError as e:
    print("ValueError:", e)

class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return 1   # any true value suppresses
with Truthy():
    1 / 0
print("suppressed by truthy")
