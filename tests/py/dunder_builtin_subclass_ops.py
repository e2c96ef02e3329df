# Subclasses of builtin containers reaching the base slots through super() and slot wrappers.
class MyList(list):
    def __getitem__(self, i):
        return ('item', super().__getitem__(i))
    def __setitem__(self, i, v):
        super().__setitem__(i, v * 10)
    def __len__(self):
        return super().__len__() + 100
ml = MyList([1, 2, 3])
ml[0] = 5
print(ml[0], len(ml), list.__len__(ml), list.__getitem__(ml, 0))
class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __missing__(self, k):
        return 'missing'
md = MyDict()
md['a'] = 1
print(md, md['A'], dict.__getitem__(md, 'A'), md.__contains__('A'))
