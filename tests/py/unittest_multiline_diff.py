import unittest, sys
class T(unittest.TestCase):
    def test_no_final_newline(self): self.assertEqual('a\nb\nc', 'a\nB\nc')
    def test_final_newline(self): self.assertEqual('a\nb\n', 'a\nc\n')
    def test_one_line(self): self.assertEqual('hello world', 'hello word')
    def test_mixed(self): self.assertMultiLineEqual('x\ny', 'x\ny\n')
r = unittest.TextTestRunner(stream=sys.stdout, verbosity=0)
import io
res = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
for test, tb in sorted(res.failures, key=lambda f: f[0].id()):
    print(test.id())
    print(tb[tb.index('AssertionError'):])
