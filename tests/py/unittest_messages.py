# unittest assertion messages: sequence/dict/set/str diffs (ndiff over pprint), shortened reprs, maxDiff, assertCountEqual.
import unittest
class M(unittest.TestCase):
    def test_msgs(self):
        cases = [(1, 2), ([1, 2], [1, 3]), ((1,), (1, 2)), ([1, 2, 3], [1]), ({"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3]}),
                 ({1, 2}, {2, 3}), ("abc\ndef\n", "abc\nxyz\n"), ("hello world", "hello there"), ("x" * 100 + "a", "x" * 100 + "b"),
                 (list(range(100)), list(range(99)) + [1000]), ([1, "a"], (1, "a")), (frozenset([1]), frozenset())]
        for a, b in cases:
            try: self.assertEqual(a, b)
            except AssertionError as e: print("msg:", e); print("--")
        for a, b in [([1, 1, 2], [1, 2, 2]), ([[1], [2]], [[2], [2]])]:
            try: self.assertCountEqual(a, b)
            except AssertionError as e: print("msg:", e); print("--")
        self.maxDiff = None
        try: self.assertEqual(list(range(100)), list(range(99)) + [1000])
        except AssertionError as e: print("len", len(str(e)))
        try: self.assertDictEqual({}, {"k": "v"}, "extra")
        except AssertionError as e: print("msg:", e)
import io
r = unittest.TextTestRunner(stream=io.StringIO()).run(unittest.defaultTestLoader.loadTestsFromTestCase(M))
print(r.wasSuccessful())
