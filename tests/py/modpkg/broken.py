print("broken: before the error")
def compute(d):
    return 10 // d
result = compute(0)
print("broken: never reached")
