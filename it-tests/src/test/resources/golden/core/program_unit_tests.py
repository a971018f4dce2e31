# A miniature unit-test runner: test functions, assertions with messages, expected exceptions, a summary.

class SkipTest(Exception):
    pass


def assert_equal(actual, expected):
    if actual != expected:
        raise AssertionError(f"{actual!r} != {expected!r}")


def assert_raises(exc_type, fn, *args):
    try:
        fn(*args)
    except exc_type:
        return
    except Exception as e:
        raise AssertionError(f"expected {exc_type.__name__}, got {type(e).__name__}: {e}")
    raise AssertionError(f"expected {exc_type.__name__}, nothing was raised")


TESTS = []


def test(fn):
    TESTS.append(fn)
    return fn


@test
def test_addition():
    assert_equal(1 + 1, 2)
    assert_equal(0.1 + 0.2, 0.30000000000000004)


@test
def test_string_methods():
    assert_equal("abc".upper(), "ABC")
    assert_equal(" x ".strip(), "x")
    assert_equal("a,b".split(","), ["a", "b"])


@test
def test_deliberate_failure():
    assert_equal(sorted([3, 1, 2]), [1, 2, 3, 4])


@test
def test_expected_exception():
    assert_raises(ZeroDivisionError, lambda: 1 / 0)
    assert_raises(KeyError, lambda: {}["k"])


@test
def test_wrong_exception():
    assert_raises(KeyError, lambda: [][0])


@test
def test_nothing_raised():
    assert_raises(ValueError, int, "42")


@test
def test_plain_assert():
    values = [1, 2, 3]
    assert len(values) == 4, f"expected 4 values, got {len(values)}"


@test
def test_error_in_test():
    return undefined_helper()


@test
def test_skipped():
    raise SkipTest("not supported yet")


@test
def test_dicts_and_sets():
    assert_equal({"a": 1, "b": 2}, {"b": 2, "a": 1})
    assert_equal({1, 2} | {3}, {1, 2, 3})


results = {"PASS": 0, "FAIL": 0, "ERROR": 0, "SKIP": 0}
for fn in TESTS:
    try:
        fn()
        status, detail = "PASS", ""
    except SkipTest as e:
        status, detail = "SKIP", str(e)
    except AssertionError as e:
        status, detail = "FAIL", str(e)
    except Exception as e:
        status, detail = "ERROR", f"{type(e).__name__}: {e}"
    results[status] += 1
    print(f"{status:<5} {fn.__name__:<26} {detail}")
print("-" * 60)
print(", ".join([f"{k.lower()}={v}" for k, v in results.items()]), f"total={len(TESTS)}")
print("OK" if results["FAIL"] == results["ERROR"] == 0 else "FAILED")
