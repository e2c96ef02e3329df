import itertools as it
print(list(it.islice(it.count(5, 2), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat(3, 3)))
print(list(it.accumulate([1,2,3,4])), list(it.accumulate([1,2,3,4], lambda a,b: a*b)), list(it.accumulate([1,2], initial=10)))
print(list(it.chain([1,2],[3])), list(it.chain.from_iterable(["ab","cd"])))
print(list(it.compress("abcdef", [1,0,1,0,1,1])), list(it.dropwhile(lambda x: x<3, [1,2,3,1])), list(it.takewhile(lambda x: x<3, [1,2,3,1])))
print([(k, list(g)) for k, g in it.groupby("aaabbcdd")])
print([(k, len(list(g))) for k, g in it.groupby(sorted(["apple","avocado","banana","blueberry","cherry"]), key=lambda s: s[0])])
print(list(it.filterfalse(lambda x: x%2, range(10))), list(it.starmap(pow, [(2,3),(3,2)])), list(it.tee([1,2])[1]))
print(list(it.zip_longest("abc", "d", fillvalue="-")), list(it.product("ab", repeat=2)), list(it.product([1,2],[3])))
print(list(it.permutations("abc", 2)), list(it.combinations(range(4), 3)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.pairwise([1,2,3,4])), len(list(it.permutations(range(5)))))
def primes():
    yield 2
    D = {}
    for q in it.count(3, 2):
        p = D.pop(q, None)
        if p is None:
            D[q*q] = q; yield q
        else:
            x = q + 2*p
            while x in D: x += 2*p
            D[x] = p
print(list(it.islice(primes(), 15)))
pipeline = (x*x for x in range(20) if x % 3 == 0)
print(sum(it.islice(pipeline, 3)), list(pipeline))
print(list(map(lambda t: "".join(t), it.product("01", repeat=3))))
print(list(it.islice("abcdefg", 1, None, 2)), list(zip(*[iter(range(9))]*3)))
