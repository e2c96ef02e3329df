# __del__ runs when the last reference goes away.
class Res:
    def __init__(self, name):
        self.name = name
        print('open', name)
    def __del__(self):
        print('close', self.name)
r = Res('a')
r = None
print('after a')
def scope():
    x = Res('b')
    print('in scope')
scope()
print('after b')
lst = [Res('c')]
del lst
print('after list')
class Child(Res):
    pass
c = Child('e')
del c
print('after child')
