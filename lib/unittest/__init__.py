"""Unit testing: TestCase, TestSuite, TestLoader, TextTestRunner, main().

coil's own implementation of the standard `unittest` package: test discovery
by method name prefix within a module, setUp/tearDown (and the class and
module level fixtures), addCleanup, subTest, skips and expected failures,
the assert* methods, and the text runner's report on stderr ("Ran N tests
in T", "OK" / "FAILED (failures=..., errors=...)") with the exit status of
CPython's unittest.main(). unittest.mock and test discovery across
packages are not provided.
"""

import sys
import time

__all__ = ["TestCase", "TestSuite", "TestLoader", "TextTestRunner", "TestResult",
           "TextTestResult", "main", "skip", "skipIf", "skipUnless", "expectedFailure",
           "SkipTest", "FunctionTestCase", "defaultTestLoader", "IsolatedAsyncioTestCase"]

_MAX_LENGTH = 80


class SkipTest(Exception):
    """Raise to skip the running test."""


class _ShouldStop(Exception):
    pass


class _UnexpectedSuccess(Exception):
    pass


def _safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + " [truncated]..."


_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN +
                               _PLACEHOLDER_LEN + _MIN_END_LEN)


def _shorten(s, prefixlen, suffixlen):
    skip = len(s) - prefixlen - suffixlen
    if skip > _PLACEHOLDER_LEN:
        s = "%s[%d chars]%s" % (s[:prefixlen], skip, s[len(s) - suffixlen:])
    return s


def _common_prefix(strings):
    if not strings:
        return ""
    lo, hi = min(strings), max(strings)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def _common_shorten_repr(*args):
    """The reprs of args, each cut to about 80 characters around where they differ."""
    args = tuple(map(_safe_repr, args))
    maxlen = max(map(len, args))
    if maxlen <= _MAX_LENGTH:
        return args
    prefix = _common_prefix(args)
    prefixlen = len(prefix)
    common_len = _MAX_LENGTH - (maxlen - prefixlen + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if common_len > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, common_len)
        return tuple(prefix + s[prefixlen:] for s in args)
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _shorten(s[prefixlen:], _MIN_DIFF_LEN, _MIN_END_LEN) for s in args)


def _count_diff_hashable(actual, expected):
    import collections
    s, t = collections.Counter(actual), collections.Counter(expected)
    result = []
    for elem, cnt_s in s.items():
        cnt_t = t.get(elem, 0)
        if cnt_s != cnt_t:
            result.append((cnt_s, cnt_t, elem))
    for elem, cnt_t in t.items():
        if elem not in s:
            result.append((0, cnt_t, elem))
    return result


def _count_diff_all_purpose(actual, expected):
    s, t = list(actual), list(expected)
    m, n = len(s), len(t)
    NULL = object()
    result = []
    for i, elem in enumerate(s):
        if elem is NULL:
            continue
        cnt_s = cnt_t = 0
        for j in range(i, m):
            if s[j] == elem:
                cnt_s += 1
                s[j] = NULL
        for j, other_elem in enumerate(t):
            if other_elem == elem:
                cnt_t += 1
                t[j] = NULL
        if cnt_s != cnt_t:
            result.append((cnt_s, cnt_t, elem))
    for i, elem in enumerate(t):
        if elem is NULL:
            continue
        cnt_t = 0
        for j in range(i, n):
            if t[j] == elem:
                cnt_t += 1
                t[j] = NULL
        result.append((0, cnt_t, elem))
    return result



def _is_internal(tb):
    f = tb.tb_frame
    return f is not None and "__unittest_internal__" in f.f_globals


def _strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


# ---- decorators ----------------------------------------------------------------------

def skip(reason):
    """Unconditionally skip a test or a test class."""
    def decorator(item):
        if not isinstance(item, type):
            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)
            skip_wrapper.__name__ = getattr(item, "__name__", "skip_wrapper")
            skip_wrapper.__doc__ = getattr(item, "__doc__", None)
            item = skip_wrapper
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    if isinstance(reason, type(skip)) and not isinstance(reason, str):
        test_item, reason = reason, ""
        return decorator(test_item)
    return decorator


def skipIf(condition, reason):
    if condition:
        return skip(reason)
    return lambda item: item


def skipUnless(condition, reason):
    if not condition:
        return skip(reason)
    return lambda item: item


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


# ---- results -------------------------------------------------------------------------

class TestResult:
    """Collects the outcome of each test."""

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.failfast = False
        self.tb_locals = False

    def startTest(self, test):
        self.testsRun += 1

    def stopTest(self, test):
        pass

    def startTestRun(self):
        pass

    def stopTestRun(self):
        pass

    def _exc_info_to_string(self, err, test):
        import traceback
        exctype, value, tb = err
        # the runner's own frames on top are dropped; for a failed assertion
        # also the assert method's frames at the bottom (as CPython's
        # _clean_tracebacks does)
        while tb is not None and _is_internal(tb):
            tb = tb.tb_next
        limit = None
        if test is not None and getattr(test, "failureException", None) is not None and \
                issubclass(exctype, test.failureException):
            limit = 0
            t = tb
            while t is not None and not _is_internal(t):
                limit += 1
                t = t.tb_next
        lines = traceback.format_exception(exctype, value, tb, limit=limit)
        return "".join(lines)

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], test.failureException):
                self.failures.append((subtest, self._exc_info_to_string(err, test)))
            else:
                self.errors.append((subtest, self._exc_info_to_string(err, test)))
            if self.failfast:
                self.stop()

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return (len(self.failures) == len(self.errors) == 0 and
                (not hasattr(self, "unexpectedSuccesses") or len(self.unexpectedSuccesses) == 0))

    def stop(self):
        self.shouldStop = True

    def __repr__(self):
        return "<%s run=%i errors=%i failures=%i>" % (_strclass(self.__class__), self.testsRun,
                                                      len(self.errors), len(self.failures))


class TextTestResult(TestResult):
    separator1 = "=" * 70
    separator2 = "-" * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions

    def getDescription(self, test):
        doc = test.shortDescription()
        if self.descriptions and doc:
            return "\n".join((str(test), doc))
        return str(test)

    _newline = True

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        is_subtest = isinstance(test, _SubTest)
        if is_subtest or self._newline:
            if not self._newline:
                self.stream.write("\n")
            if is_subtest:
                self.stream.write("  ")
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
        self.stream.write(status + "\n")
        self._newline = True

    def _report(self, long, short, test=None):
        if self.showAll:
            self._write_status(test, long)
        elif self.dots:
            self.stream.write(short)
        self.stream.flush()

    def addSuccess(self, test):
        super().addSuccess(test)
        self._report("ok", ".", test)

    def addError(self, test, err):
        super().addError(test, err)
        self._report("ERROR", "E", test)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._report("FAIL", "F", test)

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], test.failureException):
                self._report("FAIL", "F", subtest)
            else:
                self._report("ERROR", "E", subtest)
        super().addSubTest(test, subtest, err)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._report("skipped %r" % (reason,), "s", test)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._report("expected failure", "x", test)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._report("unexpected success", "u", test)

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.write("\n")
            self.stream.flush()
        self.printErrorList("ERROR", self.errors)
        self.printErrorList("FAIL", self.failures)
        for test in self.unexpectedSuccesses:
            self.stream.write(self.separator1 + "\n")
            self.stream.write("UNEXPECTED SUCCESS: %s\n" % self.getDescription(test))
        self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.write(self.separator1 + "\n")
            self.stream.write("%s: %s\n" % (flavour, self.getDescription(test)))
            self.stream.write(self.separator2 + "\n")
            self.stream.write("%s\n" % err)
            self.stream.flush()


class TextTestRunner:
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, *, tb_locals=False):
        self.stream = stream if stream is not None else sys.stderr
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        result.failfast = self.failfast
        result.buffer = self.buffer
        result.tb_locals = self.tb_locals
        start = time.perf_counter()
        result.startTestRun()
        try:
            test(result)
        finally:
            result.stopTestRun()
        taken = time.perf_counter() - start
        result.printErrors()
        if hasattr(result, "separator2"):
            self.stream.write(result.separator2 + "\n")
        run = result.testsRun
        self.stream.write("Ran %d test%s in %.3fs\n" % (run, run != 1 and "s" or "", taken))
        self.stream.write("\n")
        infos = []
        if not result.wasSuccessful():
            self.stream.write("FAILED")
            if result.failures:
                infos.append("failures=%d" % len(result.failures))
            if result.errors:
                infos.append("errors=%d" % len(result.errors))
        elif run == 0:
            self.stream.write("NO TESTS RAN")
        else:
            self.stream.write("OK")
        if result.skipped:
            infos.append("skipped=%d" % len(result.skipped))
        if result.expectedFailures:
            infos.append("expected failures=%d" % len(result.expectedFailures))
        if result.unexpectedSuccesses:
            infos.append("unexpected successes=%d" % len(result.unexpectedSuccesses))
        if infos:
            self.stream.write(" (%s)\n" % ", ".join(infos))
        else:
            self.stream.write("\n")
        self.stream.flush()
        return result


# ---- test cases ----------------------------------------------------------------------

class _Outcome:
    def __init__(self, result):
        self.result = result
        self.success = True
        self.expecting_failure = False
        self.expected_failure = None

    def run(self, test, fn, *args, is_subtest=False, subtest=None):
        try:
            fn(*args)
        except KeyboardInterrupt:
            raise
        except SkipTest as e:
            self.success = False
            self.result.addSkip(subtest or test, str(e))
        except _ShouldStop:
            pass
        except BaseException:
            exc_info = sys.exc_info()
            self.success = False
            if self.expecting_failure:
                self.expected_failure = exc_info
            elif subtest is not None:
                self.result.addSubTest(test, subtest, exc_info)
            elif issubclass(exc_info[0], test.failureException):
                self.result.addFailure(test, exc_info)
            else:
                self.result.addError(test, exc_info)
            return False
        else:
            if subtest is not None and self.result is not None:
                self.result.addSubTest(test, subtest, None)
        return True


class _SubTest:
    def __init__(self, test_case, message, params):
        self.test_case = test_case
        self._message = message
        self.params = params
        self.failureException = test_case.failureException

    def _subDescription(self):
        parts = []
        if self._message is not _subtest_default:
            parts.append("[{}]".format(self._message))
        if self.params:
            parts.append("({})".format(", ".join("{}={!r}".format(k, v)
                                                  for k, v in self.params.items())))
        return " ".join(parts) or "(<subtest>)"

    def id(self):
        return "{} {}".format(self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return "{} {}".format(self.test_case, self._subDescription())


_subtest_default = object()


class _AssertRaisesContext:
    def __init__(self, expected, test_case, expected_regex=None, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = expected_regex
        self.msg = msg
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        try:
            name = self.expected.__name__
        except AttributeError:
            name = str(self.expected)
        if exc_type is None:
            self.test_case.fail(self.test_case._formatMessage(self.msg, "%s not raised" % name))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value.with_traceback(None)
        if self.expected_regex is not None:
            import re
            regex = self.expected_regex
            if isinstance(regex, str):
                regex = re.compile(regex)
            if not regex.search(str(exc_value)):
                self.test_case.fail(self.test_case._formatMessage(
                    self.msg, '"%s" does not match "%s"' % (regex.pattern, str(exc_value))))
        return True

    def handle(self, name, args, kwargs):
        if not args:
            return self
        callable_obj, *args = args
        with self:
            callable_obj(*args, **kwargs)


class _AssertWarnsContext:
    def __init__(self, expected, test_case, expected_regex=None, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = expected_regex
        self.msg = msg

    def __enter__(self):
        import warnings
        self._cm = warnings.catch_warnings(record=True)
        self.warnings = self._cm.__enter__()
        warnings.simplefilter("always")
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self._cm.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        for w in self.warnings:
            if isinstance(w.message, self.expected):
                if self.expected_regex is None or __import__("re").search(self.expected_regex, str(w.message)):
                    self.warning = w.message
                    self.filename = w.filename
                    self.lineno = w.lineno
                    return None
        self.test_case.fail(self.test_case._formatMessage(
            self.msg, "%s not triggered" % getattr(self.expected, "__name__", self.expected)))


class TestCase:
    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _classSetupFailed = False

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName
        self._outcome = None
        self._cleanups = []
        self._subtest = None
        try:
            testMethod = getattr(self, methodName)
        except AttributeError:
            if methodName != "runTest":
                raise ValueError("no such test method in %s: %s" % (self.__class__, methodName))
            self._testMethodDoc = None
        else:
            self._testMethodDoc = testMethod.__doc__

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def setUp(self):
        pass

    def tearDown(self):
        pass

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls.__dict__.get("_class_cleanups") or setattr(cls, "_class_cleanups", [])
        cls._class_cleanups.append((function, args, kwargs))

    def doCleanups(self):
        outcome = self._outcome
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            if outcome is not None:
                outcome.run(self, function, *args, **kwargs) if not kwargs else \
                    outcome.run(self, lambda: function(*args, **kwargs))
            else:
                function(*args, **kwargs)

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        return doc.strip().split("\n")[0].strip() if doc else None

    def id(self):
        return "%s.%s" % (_strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, _strclass(self.__class__), self._testMethodName)

    def __repr__(self):
        return "<%s testMethod=%s>" % (_strclass(self.__class__), self._testMethodName)

    def subTest(self, msg=_subtest_default, **params):
        return _SubTestContext(self, msg, params)

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            if getattr(self.__class__, "__unittest_skip__", False) or \
                    getattr(method, "__unittest_skip__", False):
                why = (getattr(self.__class__, "__unittest_skip_why__", "") or
                       getattr(method, "__unittest_skip_why__", ""))
                result.addSkip(self, why)
                return result
            expecting_failure = getattr(method, "__unittest_expecting_failure__", False) or \
                getattr(self, "__unittest_expecting_failure__", False)
            outcome = _Outcome(result)
            outcome.expecting_failure = expecting_failure
            self._outcome = outcome
            try:
                if outcome.run(self, self.setUp):
                    outcome.run(self, method)
                    outcome.run(self, self.tearDown)
                self.doCleanups()
                if outcome.success:
                    if expecting_failure:
                        result.addUnexpectedSuccess(self)
                    else:
                        result.addSuccess(self)
                elif expecting_failure and outcome.expected_failure is not None:
                    result.addExpectedFailure(self, outcome.expected_failure)
            finally:
                self._outcome = None
            return result
        finally:
            result.stopTest(self)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)

    # ---- assertions ----
    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        return "%s : %s" % (standardMsg, msg)

    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, "%s is not true" % _safe_repr(expr)))

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, "%s is not false" % _safe_repr(expr)))

    _diffThreshold = 2 ** 16

    def _truncateMessage(self, message, diff):
        max_diff = self.maxDiff
        if max_diff is None or len(diff) <= max_diff:
            return message + diff
        return message + ("\nDiff is %s characters long. Set self.maxDiff to None to see it."
                          % len(diff))

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            standardMsg = "%s != %s" % _common_shorten_repr(first, second)
            self.fail(self._formatMessage(msg, standardMsg))

    _equality_funcs = {dict: "assertDictEqual", list: "assertListEqual", tuple: "assertTupleEqual",
                       set: "assertSetEqual", frozenset: "assertSetEqual", str: "assertMultiLineEqual"}

    def assertEqual(self, first, second, msg=None):
        if type(first) == type(second):
            name = self._equality_funcs.get(type(first))
            if name is not None:
                return getattr(self, name)(first, second, msg=msg)
        self._baseAssertEqual(first, second, msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self.fail(self._formatMessage(msg, "%s == %s" % (_safe_repr(first), _safe_repr(second))))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        import difflib, pprint
        if seq_type is not None:
            seq_type_name = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException("First sequence is not a %s: %s"
                                            % (seq_type_name, _safe_repr(seq1)))
            if not isinstance(seq2, seq_type):
                raise self.failureException("Second sequence is not a %s: %s"
                                            % (seq_type_name, _safe_repr(seq2)))
        else:
            seq_type_name = "sequence"
        differing = None
        try:
            len1 = len(seq1)
        except (TypeError, NotImplementedError):
            differing = "First %s has no length.    Non-sequence?" % seq_type_name
        if differing is None:
            try:
                len2 = len(seq2)
            except (TypeError, NotImplementedError):
                differing = "Second %s has no length.    Non-sequence?" % seq_type_name
        if differing is None:
            if seq1 == seq2:
                return
            differing = "%ss differ: %s != %s\n" % ((seq_type_name.capitalize(),) +
                                                    _common_shorten_repr(seq1, seq2))
            for i in range(min(len1, len2)):
                try:
                    item1 = seq1[i]
                except (TypeError, IndexError, NotImplementedError):
                    differing += "\nUnable to index element %d of first %s\n" % (i, seq_type_name)
                    break
                try:
                    item2 = seq2[i]
                except (TypeError, IndexError, NotImplementedError):
                    differing += "\nUnable to index element %d of second %s\n" % (i, seq_type_name)
                    break
                if item1 != item2:
                    differing += "\nFirst differing element %d:\n%s\n%s\n" % (
                        (i,) + _common_shorten_repr(item1, item2))
                    break
            else:
                if len1 == len2 and seq_type is None and type(seq1) != type(seq2):
                    return
            if len1 > len2:
                differing += "\nFirst %s contains %d additional elements.\n" % (seq_type_name, len1 - len2)
                try:
                    differing += "First extra element %d:\n%s\n" % (len2, _safe_repr(seq1[len2]))
                except (TypeError, IndexError, NotImplementedError):
                    differing += "Unable to index element %d of first %s\n" % (len2, seq_type_name)
            elif len1 < len2:
                differing += "\nSecond %s contains %d additional elements.\n" % (seq_type_name, len2 - len1)
                try:
                    differing += "First extra element %d:\n%s\n" % (len1, _safe_repr(seq2[len1]))
                except (TypeError, IndexError, NotImplementedError):
                    differing += "Unable to index element %d of second %s\n" % (len1, seq_type_name)
        standardMsg = differing
        diffMsg = "\n" + "\n".join(difflib.ndiff(pprint.pformat(seq1).splitlines(),
                                                  pprint.pformat(seq2).splitlines()))
        standardMsg = self._truncateMessage(standardMsg, diffMsg)
        self.fail(self._formatMessage(msg, standardMsg))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        try:
            difference1 = set1.difference(set2)
        except TypeError as e:
            self.fail("invalid type when attempting set difference: %s" % e)
        except AttributeError as e:
            self.fail("first argument does not support set difference: %s" % e)
        try:
            difference2 = set2.difference(set1)
        except TypeError as e:
            self.fail("invalid type when attempting set difference: %s" % e)
        except AttributeError as e:
            self.fail("second argument does not support set difference: %s" % e)
        if not (difference1 or difference2):
            return
        lines = []
        if difference1:
            lines.append("Items in the first set but not the second:")
            for item in difference1:
                lines.append(repr(item))
        if difference2:
            lines.append("Items in the second set but not the first:")
            for item in difference2:
                lines.append(repr(item))
        self.fail(self._formatMessage(msg, "\n".join(lines)))

    def assertDictEqual(self, d1, d2, msg=None):
        import difflib, pprint
        self.assertIsInstance(d1, dict, "First argument is not a dictionary")
        self.assertIsInstance(d2, dict, "Second argument is not a dictionary")
        if d1 != d2:
            standardMsg = "%s != %s" % _common_shorten_repr(d1, d2)
            diff = "\n" + "\n".join(difflib.ndiff(pprint.pformat(d1).splitlines(),
                                                  pprint.pformat(d2).splitlines()))
            standardMsg = self._truncateMessage(standardMsg, diff)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertMultiLineEqual(self, first, second, msg=None):
        import difflib
        self.assertIsInstance(first, str, "First argument is not a string")
        self.assertIsInstance(second, str, "Second argument is not a string")
        if first != second:
            if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
                self._baseAssertEqual(first, second, msg)
            # CPython 3.11: the lines as they are (no newline added to a last
            # line), except that a single line without a line break gets one
            firstlines = first.splitlines(keepends=True)
            secondlines = second.splitlines(keepends=True)
            if len(firstlines) == 1 and first.strip("\r\n") == first:
                firstlines = [first + "\n"]
                secondlines = [second + "\n"]
            standardMsg = "%s != %s" % _common_shorten_repr(first, second)
            diff = "\n" + "".join(difflib.ndiff(firstlines, secondlines))
            standardMsg = self._truncateMessage(standardMsg, diff)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertCountEqual(self, first, second, msg=None):
        first_seq, second_seq = list(first), list(second)
        try:
            import collections
            c1 = collections.Counter(first_seq)
            c2 = collections.Counter(second_seq)
        except TypeError:
            differences = _count_diff_all_purpose(first_seq, second_seq)
        else:
            if c1 == c2:
                return
            differences = _count_diff_hashable(first_seq, second_seq)
        if differences:
            standardMsg = "Element counts were not equal:\n"
            lines = ["First has %d, Second has %d:  %r" % diff for diff in differences]
            diffMsg = "\n".join(lines)
            standardMsg = self._truncateMessage(standardMsg, diffMsg)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standard = "%s != %s within %s delta (%s difference)" % (
                _safe_repr(first), _safe_repr(second), _safe_repr(delta), _safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standard = "%s != %s within %r places (%s difference)" % (
                _safe_repr(first), _safe_repr(second), places, _safe_repr(diff))
        self.fail(self._formatMessage(msg, standard))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standard = "%s == %s within %s delta (%s difference)" % (
                _safe_repr(first), _safe_repr(second), _safe_repr(delta), _safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standard = "%s == %s within %r places" % (_safe_repr(first), _safe_repr(second), places)
        self.fail(self._formatMessage(msg, standard))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self.fail(self._formatMessage(msg, "%s is not %s" % (_safe_repr(expr1), _safe_repr(expr2))))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, "unexpectedly identical: %s" % _safe_repr(expr1)))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, "%s is not None" % _safe_repr(obj)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, "unexpectedly None"))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, "%s not found in %s" % (_safe_repr(member),
                                                                         _safe_repr(container))))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(msg, "%s unexpectedly found in %s" % (
                _safe_repr(member), _safe_repr(container))))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, "%s is not an instance of %r" % (_safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, "%s is an instance of %r" % (_safe_repr(obj), cls)))

    def _cmp(self, ok, a, b, word, msg):
        if not ok:
            self.fail(self._formatMessage(msg, "%s %s %s" % (_safe_repr(a), word, _safe_repr(b))))

    def assertLess(self, a, b, msg=None):
        self._cmp(a < b, a, b, "not less than", msg)

    def assertLessEqual(self, a, b, msg=None):
        self._cmp(a <= b, a, b, "not less than or equal to", msg)

    def assertGreater(self, a, b, msg=None):
        self._cmp(a > b, a, b, "not greater than", msg)

    def assertGreaterEqual(self, a, b, msg=None):
        self._cmp(a >= b, a, b, "not greater than or equal to", msg)

    def assertRegex(self, text, expected_regex, msg=None):
        import re
        if isinstance(expected_regex, str):
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            self.fail(self._formatMessage(msg, "Regex didn't match: %r not found in %r" % (
                expected_regex.pattern, text)))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        import re
        if isinstance(unexpected_regex, str):
            unexpected_regex = re.compile(unexpected_regex)
        m = unexpected_regex.search(text)
        if m:
            self.fail(self._formatMessage(msg, "Regex matched: %r matches %r in %r" % (
                text[m.start():m.end()], unexpected_regex.pattern, text)))

    def assertRaises(self, expected_exception, *args, **kwargs):
        ctx = _AssertRaisesContext(expected_exception, self, msg=kwargs.pop("msg", None))
        return ctx.handle("assertRaises", args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        ctx = _AssertRaisesContext(expected_exception, self, expected_regex, kwargs.pop("msg", None))
        return ctx.handle("assertRaisesRegex", args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        ctx = _AssertWarnsContext(expected_warning, self, msg=kwargs.pop("msg", None))
        if not args:
            return ctx
        fn, *args = args
        with ctx:
            fn(*args, **kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        ctx = _AssertWarnsContext(expected_warning, self, expected_regex, kwargs.pop("msg", None))
        if not args:
            return ctx
        fn, *args = args
        with ctx:
            fn(*args, **kwargs)

    # deprecated aliases still found in old tests
    failUnlessEqual = assertEquals = assertEqual
    failIfEqual = assertNotEquals = assertNotEqual
    failUnless = assert_ = assertTrue
    failIf = assertFalse
    assertAlmostEquals = assertAlmostEqual
    assertRaisesRegexp = assertRaisesRegex
    assertRegexpMatches = assertRegex


class _SubTestContext:
    def __init__(self, test, msg, params):
        self.test = test
        self.sub = _SubTest(test, msg, params)

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc_value, tb):
        outcome = self.test._outcome
        if outcome is None or exc_type is None:
            return False
        if issubclass(exc_type, SkipTest):
            outcome.result.addSkip(self.sub, str(exc_value))
            return True
        if issubclass(exc_type, KeyboardInterrupt):
            return False
        outcome.success = False
        if outcome.expecting_failure:
            outcome.expected_failure = (exc_type, exc_value, tb)
        else:
            outcome.result.addSubTest(self.test, self.sub, (exc_type, exc_value, tb))
        return True


class FunctionTestCase(TestCase):
    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return "%s (%s)" % (_strclass(self.__class__), self._testFunc.__name__)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split("\n")[0].strip() or None


IsolatedAsyncioTestCase = TestCase


# ---- suites and loading --------------------------------------------------------------

class TestSuite:
    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def __iter__(self):
        return iter(self._tests)

    def __repr__(self):
        return "<%s tests=%s>" % (_strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def countTestCases(self):
        return sum(t.countTestCases() for t in self._tests)

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for t in tests:
            self.addTest(t)

    def run(self, result, debug=False):
        previous_class = getattr(result, "_previousTestClass", None)
        for test in self._tests:
            if result.shouldStop:
                break
            if isinstance(test, TestCase):
                cls = test.__class__
                if cls is not previous_class:
                    self._tear_down_class(previous_class, result)
                    self._set_up_class(cls, result)
                    previous_class = cls
                    result._previousTestClass = cls
                if getattr(cls, "_classSetupFailed", False):
                    continue
            test(result)
        if self._is_top(result):
            last = getattr(result, "_previousTestClass", None)
            if last is not None:
                self._tear_down_class(last, result)
            result._previousTestClass = None
            result._top_suite = None
        return result

    def _is_top(self, result):
        return getattr(result, "_top_suite", None) is self

    def __call__(self, result):
        if getattr(result, "_top_suite", None) is None:
            result._top_suite = self
        return self.run(result)

    def _set_up_class(self, cls, result):
        cls._classSetupFailed = False
        try:
            cls.setUpClass()
        except SkipTest as e:
            cls._classSetupFailed = True
            result.addSkip(_ErrorHolder("setUpClass (%s)" % _strclass(cls)), str(e))
        except Exception:
            cls._classSetupFailed = True
            result.addError(_ErrorHolder("setUpClass (%s)" % _strclass(cls)), sys.exc_info())

    def _tear_down_class(self, cls, result):
        if cls is None or getattr(cls, "_classSetupFailed", False):
            return
        try:
            cls.tearDownClass()
        except Exception:
            result.addError(_ErrorHolder("tearDownClass (%s)" % _strclass(cls)), sys.exc_info())
        for function, args, kwargs in reversed(cls.__dict__.get("_class_cleanups", [])):
            try:
                function(*args, **kwargs)
            except Exception:
                result.addError(_ErrorHolder("tearDownClass (%s)" % _strclass(cls)), sys.exc_info())

    def debug(self):
        for test in self._tests:
            test.debug()


class _ErrorHolder:
    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __str__(self):
        return self.description

    def countTestCases(self):
        return 0


class TestLoader:
    testMethodPrefix = "test"
    sortTestMethodsUsing = staticmethod(lambda a, b: (a > b) - (a < b))
    testNamePatterns = None
    suiteClass = TestSuite

    def __init__(self):
        self.errors = []

    def getTestCaseNames(self, testCaseClass):
        names = [n for n in dir(testCaseClass)
                 if n.startswith(self.testMethodPrefix) and callable(getattr(testCaseClass, n, None))]
        if self.testNamePatterns:
            import fnmatch
            names = [n for n in names if any(
                fnmatch.fnmatchcase("%s.%s.%s" % (testCaseClass.__module__, testCaseClass.__qualname__, n), p)
                for p in self.testNamePatterns)]
        import functools
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. Maybe you meant to "
                            "derive from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, "runTest"):
            names = ["runTest"]
        return self.suiteClass([testCaseClass(n) for n in names])

    def loadTestsFromModule(self, module, *, pattern=None):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase) and obj not in (TestCase, FunctionTestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, "load_tests", None)
        suite = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, suite, pattern)
        return suite

    def loadTestsFromName(self, name, module=None):
        parts = name.split(".")
        if module is None:
            import importlib
            for i in range(len(parts), 0, -1):
                try:
                    obj = importlib.import_module(".".join(parts[:i]))
                    parts = parts[i:]
                    break
                except ImportError:
                    continue
            else:
                raise ImportError("No module named %r" % name)
        else:
            obj = module
        parent = None
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(parent, type) and issubclass(parent, TestCase):
            return self.suiteClass([parent(parts[-1])])
        if isinstance(obj, TestSuite):
            return obj
        if hasattr(obj, "__dict__") and type(obj).__name__ == "module":
            return self.loadTestsFromModule(obj)
        if callable(obj):
            test = obj()
            if isinstance(test, (TestSuite, TestCase)):
                return test
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(n, module) for n in names])


defaultTestLoader = TestLoader()


def makeSuite(testCaseClass, prefix="test", sortUsing=None, suiteClass=TestSuite):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    if sortUsing is not None:
        loader.sortTestMethodsUsing = sortUsing
    loader.suiteClass = suiteClass
    return loader.loadTestsFromTestCase(testCaseClass)


def getTestCaseNames(testCaseClass, prefix, sortUsing=None):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    if sortUsing is not None:
        loader.sortTestMethodsUsing = sortUsing
    return loader.getTestCaseNames(testCaseClass)


class TestProgram:
    """unittest.main(): runs the tests of a module and exits with 0 if
    they all passed, 1 otherwise (5 with no tests, as CPython 3.12 does not
    yet: 3.11 exits 0 with "NO TESTS RAN")."""

    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = sys.modules[module]
            for part in module.split(".")[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.defaultTest = defaultTest
        self.tb_locals = tb_locals
        self.parseArgs(argv)
        self.runTests()

    def parseArgs(self, argv):
        names = []
        patterns = []
        args = list(argv[1:])
        i = 0
        while i < len(args):
            a = args[i]
            if a in ("-v", "--verbose"):
                self.verbosity = 2
            elif a in ("-q", "--quiet"):
                self.verbosity = 0
            elif a in ("-f", "--failfast"):
                self.failfast = True
            elif a in ("-b", "--buffer"):
                self.buffer = True
            elif a in ("-c", "--catch", "--locals"):
                pass
            elif a == "-k":
                i += 1
                if i < len(args):
                    p = args[i]
                    patterns.append(p if "*" in p else "*%s*" % p)
            else:
                names.append(a)
            i += 1
        if patterns:
            self.testLoader.testNamePatterns = patterns
        if names:
            self.test = self.testLoader.loadTestsFromNames(names, self.module)
        elif self.defaultTest is not None:
            dt = [self.defaultTest] if isinstance(self.defaultTest, str) else list(self.defaultTest)
            self.test = self.testLoader.loadTestsFromNames(dt, self.module)
        else:
            self.test = self.testLoader.loadTestsFromModule(self.module)

    def runTests(self):
        runner = self.testRunner
        if runner is None:
            runner = TextTestRunner
        if isinstance(runner, type):
            runner = runner(verbosity=self.verbosity, failfast=bool(self.failfast),
                            buffer=bool(self.buffer), tb_locals=self.tb_locals)
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram

__unittest_internal__ = True
