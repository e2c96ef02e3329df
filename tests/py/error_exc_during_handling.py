# The "During handling of the above exception" traceback.
def parse(s):
    try:
        return int(s)
    except ValueError:
        return {}[s]

print(parse("12"))
parse("zz")
