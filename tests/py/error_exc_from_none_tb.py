# raise ... from None hides the context in the traceback.
def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise AttributeError(k) from None

get({}, "name")
