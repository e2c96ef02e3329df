import sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
a = D('a')
c = D('c')
print('exiting')
sys.exit(3)
