#!/usr/bin/env python3
"""The three bundled examples (the README's first picture) against gold
files of their own (examples/gold/, written by the annotation guideline in
docs/annotation.md): every state and official right, every meeting parley
draws a real one, and at least 95% of the pairs that met found. Scored with
the project's scorer, scripts/parley-eval."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

BIN = os.environ.get("PARLEY_BIN", "build/parley")
MIN = {"countries_f1": 1.0, "officials_f1": 1.0, "affiliation_acc": 1.0,
       "dyad_f1": 0.95, "meetings_p": 1.0, "meetings_r": 0.7, "status_acc": 1.0,
       "location_acc": 1.0, "date_acc": 0.85}


def main():
    failed = 0
    with tempfile.TemporaryDirectory() as d:
        for name in sorted(os.listdir("examples")):
            if name.endswith(".txt"):
                shutil.copy(os.path.join("examples", name), d)
        r = subprocess.run([sys.executable, "scripts/parley-eval", "examples/gold", d, "--run",
                            BIN + " -f json -o - {in}", "--json"], capture_output=True, timeout=300)
    if r.returncode != 0:
        print("FAIL parley-eval: exit %d: %s" % (r.returncode, r.stderr.decode()))
        print("0 passed, 1 failed")
        return 1
    got = json.loads(r.stdout)
    passed = 0
    for key, least in MIN.items():
        value = got.get(key)
        if not isinstance(value, (int, float)) or value < least:
            failed += 1
            print("FAIL %s is %r, want at least %s (figures: %s)" % (key, value, least, got))
        else:
            passed += 1
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
