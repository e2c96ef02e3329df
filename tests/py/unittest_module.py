# unittest: a run with passes, failures, errors, skips, expected failures,
# subtests and fixtures; the report goes to a StringIO (timing line removed);
# assertion messages; unittest.main(exit=False).
import unittest, io, sys

class T(unittest.TestCase):
    @classmethod
    def setUpClass(cls): print("setUpClass")
    @classmethod
    def tearDownClass(cls): print("tearDownClass")
    def setUp(self):
        self.x = 1
        self.addCleanup(print, "cleanup", self._testMethodName)
    def test_ok(self): self.assertEqual(self.x, 1)
    def test_fail(self): self.assertEqual(self.x, 2)
    def test_error(self): raise KeyError("k")
    @unittest.skip("why")
    def test_skip(self): pass
    @unittest.expectedFailure
    def test_xfail(self): self.assertTrue(False)
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    def test_raises(self):
        with self.assertRaises(ValueError) as cm:
            int("x")
        self.assertIn("invalid", str(cm.exception))
        self.assertRaises(KeyError, {}.__getitem__, 1)
        with self.assertRaisesRegex(ZeroDivisionError, "division"):
            1 / 0
    def test_misc(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertNotEqual(1, 2)
        self.assertIsNone(None)
        self.assertIsInstance(1, int)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
    def test_msgs(self):
        for f, a in [(self.assertEqual, (1, 2)), (self.assertTrue, (0,)), (self.assertIn, (3, [1])),
                     (self.assertLess, (2, 1)), (self.assertIs, (1, None)),
                     (self.assertAlmostEqual, (1.0, 1.1)), (self.assertEqual, (1, 2, "custom"))]:
            try:
                f(*a)
            except AssertionError as e:
                print("msg:", e)
        try:
            with self.assertRaises(ValueError):
                pass
        except AssertionError as e:
            print("msg:", e)

s = io.StringIO()
r = unittest.TextTestRunner(stream=s, verbosity=2).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
print("\n".join(l for l in s.getvalue().splitlines() if not l.startswith("Ran ")))
print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped), len(r.expectedFailures), r.wasSuccessful())

class U(unittest.TestCase):
    def test_a(self): pass
    def test_b(self): pass
def runner():
    global s2
    s2 = io.StringIO()
    return unittest.TextTestRunner(stream=s2, verbosity=0)
def report():
    print("\n".join(l for l in s2.getvalue().splitlines() if not l.startswith("Ran ")))
prog = unittest.main(argv=["x", "U"], exit=False, testRunner=runner())
report()
print("after main", prog.result.wasSuccessful())
try:
    unittest.main(argv=["x", "T.test_fail"], testRunner=runner())
except SystemExit as e:
    report()
    print("exit", e.code)
