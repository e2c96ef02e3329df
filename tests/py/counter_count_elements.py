import collections
class C(collections.Counter):
    def __setitem__(self, k, v):
        print("set", k, v); super().__setitem__(k, v)
print(C("abca"))
class D(dict):
    def get(self, k, d=None):
        return 10
x = D(); collections._count_elements(x, "aab"); print(x)
c = collections.Counter("mississippi"); del c["zz"]; print(c, c.most_common(2))
