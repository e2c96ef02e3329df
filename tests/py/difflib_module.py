# difflib: ndiff (intraline ? marks), unified and context diffs, SequenceMatcher opcodes/ratio/junk/popularity, get_close_matches, restore.
import difflib
a = "one two three four five\nsix seven\neight\nnine ten\n".splitlines(keepends=True)
b = "one two thre four five\nsix seven\neightx\nnine\tten\nnew line\n".splitlines(keepends=True)
print("".join(difflib.ndiff(a, b)))
print("".join(difflib.unified_diff(a, b, "a.txt", "b.txt")))
print("".join(difflib.context_diff(a, b, "a", "b")))
s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.get_opcodes(), s.get_matching_blocks(), s.find_longest_match(0, 5, 0, 4))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(list(difflib.restore(difflib.ndiff(a, b), 2)) == b)
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_opcodes())
big1 = [str(i % 7) for i in range(500)]; big2 = big1[:250] + ["x"] + big1[250:]
print(difflib.SequenceMatcher(None, big1, big2).get_opcodes()[:4])
print(list(difflib.ndiff(["[1, 2]"], ["[1, 3]"])))
print(list(difflib.unified_diff(["a\n"], ["b\n"], lineterm="")))
