"""doctest: testmod (verbose and quiet), failure reports, option flags,
expected exceptions, the parser, run_docstring_examples, DocTestSuite.

>>> 1 + 1
2
"""
import doctest
import io
import sys
import unittest


def add(a, b):
    """Add two numbers.

    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> for i in range(3):
    ...     print(add(i, i))
    0
    2
    4
    """
    return a + b


def failing():
    """
    >>> failing()
    42
    >>> print("no output expected")
    >>> print("x")
    y
    """
    return 41


def raises():
    """
    >>> raises()
    Traceback (most recent call last):
      ...
    ValueError: bad value
    >>> int("x")
    Traceback (most recent call last):
    ValueError: invalid literal for int() with base 10: 'x'
    >>> raises()  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    mymodule.ValueError: other text
    """
    raise ValueError("bad value")


def flags():
    """
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print("a   b\\n c")  # doctest: +NORMALIZE_WHITESPACE
    a b c
    >>> print("line\\n\\nafter")
    line
    <BLANKLINE>
    after
    >>> True
    1
    >>> this_would_fail()  # doctest: +SKIP
    >>> 1 == 1
    True
    """


class Widget:
    """A widget.

    >>> Widget(3).double()
    6
    """

    def __init__(self, n):
        self.n = n

    def double(self):
        """
        >>> Widget(5).double()
        10
        """
        return self.n * 2

    @property
    def prop(self):
        """
        >>> Widget(1).prop
        'p1'
        """
        return 'p%d' % self.n

    @staticmethod
    def stat():
        """
        >>> Widget.stat()
        'static'
        """
        return 'static'


__test__ = {"extra": """
>>> x = 10
>>> x * 2
20
"""}


def main():
    print("--- testmod quiet")
    r = doctest.testmod()
    print(r, r.failed, r.attempted)
    print("--- testmod verbose")
    r = doctest.testmod(verbose=True, report=True)
    print(r)
    print("--- optionflags")
    print(doctest.testmod(optionflags=doctest.REPORT_ONLY_FIRST_FAILURE))
    print(doctest.testmod(optionflags=doctest.FAIL_FAST))

    print("--- parser")
    parser = doctest.DocTestParser()
    text = """
    Some text.
        >>> x = 1
        >>> x + \\
        ... 1
        2

    More text.
        >>> print('a')   # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE
        a
    """
    for piece in parser.parse(text):
        if isinstance(piece, doctest.Example):
            print("Example", repr(piece.source), repr(piece.want), piece.lineno, piece.indent, piece.options)
        else:
            print("Text", repr(piece))
    test = parser.get_doctest(text, {}, "name", "file.txt", 10)
    print(test, len(test.examples))
    for bad in [">>>x = 1", ">>> x = 1\n  y", ">>> x  # doctest: +BOGUS"]:
        try:
            parser.parse(bad, "bad")
        except ValueError as e:
            print("ValueError", e)
    print(doctest.script_from_examples(text))

    print("--- run_docstring_examples")
    def local(n):
        """
        >>> local(2)
        4
        >>> local(3)
        10
        """
        return n * n
    doctest.run_docstring_examples(local, {"local": local}, name="local")
    doctest.run_docstring_examples(local, {"local": local}, verbose=True, name="local")

    print("--- runner and checker")
    runner = doctest.DocTestRunner(verbose=False)
    for t in doctest.DocTestFinder().find(Widget, "Widget", globs={"Widget": Widget}):
        print(t.name, t.lineno, runner.run(t))
    runner.summarize(verbose=True)
    checker = doctest.OutputChecker()
    print(checker.check_output("a...z\n", "abcz\n", doctest.ELLIPSIS),
          checker.check_output("1\n", "True\n", 0),
          checker.check_output("1\n", "True\n", doctest.DONT_ACCEPT_TRUE_FOR_1),
          checker.check_output("aa...aa\n", "aaa\n", doctest.ELLIPSIS))
    ex = doctest.Example("print(1)\n", "1\n2\n3\n4\n")
    print(checker.output_difference(ex, "1\n2\n5\n4\n", doctest.REPORT_UDIFF))
    print(checker.output_difference(ex, "1\n2\n5\n4\n", doctest.REPORT_NDIFF))
    print(checker.output_difference(ex, "", 0), end="")
    print(sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda kv: kv[1]))

    print("--- DebugRunner")
    t = doctest.DocTestParser().get_doctest(">>> 1 + 1\n3\n", {}, "dbg", "dbg.py", 0)
    try:
        doctest.DebugRunner(verbose=False).run(t)
    except doctest.DocTestFailure as f:
        print("DocTestFailure", f.example.source, repr(f.got), f)
    t = doctest.DocTestParser().get_doctest(">>> 1/0\n", {}, "dbg2", "dbg.py", 0)
    try:
        doctest.DebugRunner(verbose=False).run(t)
    except doctest.UnexpectedException as u:
        print("UnexpectedException", u.exc_info[0].__name__)

    print("--- unittest")
    suite = doctest.DocTestSuite(sys.modules[__name__])
    print(suite.countTestCases())
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
    print(result.testsRun, len(result.failures), len(result.errors))
    print(sorted(repr(case) for case, _ in result.failures))
    print(result.failures[0][1].splitlines()[-4:])


if __name__ == "__main__":
    main()
