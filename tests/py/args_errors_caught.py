def outer():
    def inner(a, *, k):
        return a
    return inner
fns = [
    lambda: outer()(),
    lambda: outer()(1),
    lambda: outer()(1, 2, k=3),
    lambda: (lambda x: x)(),
    lambda: outer()(1, k=2, j=3),
    lambda: outer()(1, a=1, k=2),
    lambda: len(1, 2),
    lambda: len(),
    lambda: print(**{"bad": 1}),
    lambda: sorted([1], key=1),
    lambda: iter(),
    lambda: next(),
    lambda: map(len),
    lambda: "{:d}".format("x"),
    lambda: "{0:{1}}".format(1, "q"),
    lambda: format(1.5, "d"),
    lambda: format(10, ".2d"),
    lambda: format(10, "=s") ,
    lambda: "%d %d" % 1,
    lambda: "%(a)s" % 1,
    lambda: "%c" % 1114112,
    lambda: "%c" % "ab",
    lambda: "abc".center(5, "ab"),
    lambda: "x".zfill("a"),
    lambda: (x for x in range(2)).send(1),
    lambda: min(),
    lambda: max(1),
    lambda: sum(),
    lambda: sum([1], 2, 3),
    lambda: any(),
    lambda: callable(),
    lambda: hash({}),
    lambda: id(),
    lambda: dir(1, 2),
    lambda: vars(1),
    lambda: locals(1),
    lambda: str.maketrans(1),
    lambda: str.maketrans(1, 2),
    lambda: "a".translate(),
    lambda: "x".removeprefix(1),
    lambda: "x".split(1),
    lambda: "a".expandtabs("x"),
    lambda: "a".encode("nope"),
    lambda: f"{1:{'x'}}",
    lambda: (1).__round__ if False else int.x,
]
for f in fns:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
