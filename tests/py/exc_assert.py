# assert raises AssertionError, with the message when given.
def check(x):
    try:
        assert x > 0
        assert x < 10, "too big: %d" % x
        return "ok"
    except AssertionError as e:
        return "AssertionError(%r)" % (e.args,)
print(check(5))
print(check(-1))
print(check(50))
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args[0])
assert True, "never evaluated %d" % (1 / 0)
print("done")
