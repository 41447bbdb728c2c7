"""The runner the end-to-end scripts share: every function of the script
named test_* runs in a fresh temporary directory (given as its argument);
an exception fails it. Names on the command line pick tests. Prints
"ok NAME" or "FAIL NAME" and the traceback, then "N passed, N failed"."""
import os
import sys
import tempfile
import time
import traceback


def run_tests(namespace, prefix, timed=False):
    """Runs the test_* functions of `namespace` (a module's globals());
    returns the exit status. `timed` adds each test's seconds."""
    tests = [(name, fn) for name, fn in sorted(namespace.items())
             if name.startswith("test_") and callable(fn)]
    only = sys.argv[1:]
    passed = failed = 0
    for name, fn in tests:
        if only and name not in only:
            continue
        with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
            start = time.monotonic()
            try:
                fn(tmp)
            except Exception:
                failed += 1
                print("FAIL %s\n%s" % (name, traceback.format_exc()))
            else:
                passed += 1
                if timed:
                    print("ok   %s (%.1f s)" % (name, time.monotonic() - start))
                else:
                    print("ok   %s" % name)
            sys.stdout.flush()
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


def sanitized():
    """Is PARLEY_BIN an AddressSanitizer build (scripts/test.sh's second)?"""
    cache = os.path.join(os.environ.get("PARLEY_BUILD_DIR", ""), "CMakeCache.txt")
    try:
        with open(cache) as f:
            return "PARLEY_SANITIZE:BOOL=ON" in f.read()
    except OSError:
        return False
