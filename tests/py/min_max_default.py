# min/max with the default= keyword for empty iterables.
print(max([], default="empty"), min([], default=None), max([5], default=0), min((), default=-1))
def neg(x):
    return -x
print(max([], key=neg, default="none"), min([3, 1], key=neg, default=0))
