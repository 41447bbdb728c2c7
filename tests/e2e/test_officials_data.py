#!/usr/bin/python3
"""Checks of the gazetteer data/officials.tsv (no binary needed).

- every row has 3 or 4 TAB-separated columns and a non-empty name;
- names are unique;
- the affiliation is an ISO3 code listed in data/countries.tsv (column 1) or
  an organisation name listed in data/organizations.tsv (column 1); a missing
  countries.tsv or organizations.tsv is a failure, not a skip;
- no surface form (a name or an alias) belongs to two different people.
  Forms are compared the way the loader matches them: case and accents are
  ignored, and so is punctuation ("S. Jaishankar" = "S Jaishankar").

Run from the repository root: /usr/bin/python3 tests/e2e/test_officials_data.py
(PARLEY_SOURCE_DIR may name the root).
"""

import os
import re
import sys
import traceback
import unicodedata

SOURCE_DIR = os.environ.get(
    "PARLEY_SOURCE_DIR", os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
DATA = os.path.join(SOURCE_DIR, "data")


class Failure(Exception):
    pass


def check(cond, what):
    if not cond:
        raise Failure(what)


def rows(name):
    """(line number, fields) of the data lines of data/<name>; fails when absent."""
    path = os.path.join(DATA, name)
    check(os.path.isfile(path), "data/%s is missing (looked in %s)" % (name, path))
    with open(path, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise Failure("data/%s is not valid UTF-8: %s" % (name, e))
    out = []
    for no, line in enumerate(text.split("\n"), 1):
        line = line.rstrip("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append((no, line.split("\t")))
    return out


def first_column(name):
    vals = {f[0].strip() for _, f in rows(name) if f and f[0].strip()}
    check(vals, "data/%s has no entries" % name)
    return vals


def split_list(field):
    return [a.strip() for a in field.split("|") if a.strip() and a.strip() != "-"]


def norm(form):
    s = unicodedata.normalize("NFKD", form)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"[^\w]+", " ", s.replace("_", " "))
    return " ".join(s.split())


def officials():
    return rows("officials.tsv")


def test_has_rows():
    r = officials()
    check(len(r) >= 100, "data/officials.tsv has only %d rows" % len(r))


def test_columns():
    bad = []
    for no, f in officials():
        if len(f) not in (3, 4):
            bad.append("line %d: %d columns (expected 3 or 4)" % (no, len(f)))
        elif not f[0].strip() or f[0] != f[0].strip():
            bad.append("line %d: empty name or stray spaces around it: %r" % (no, f[0]))
        elif not f[1].strip():
            bad.append("line %d: empty affiliation" % no)
        elif not f[2].strip() or f[2].strip() == "-":
            bad.append("line %d: empty title" % no)
    check(not bad, "malformed rows:\n  " + "\n  ".join(bad[:40]))


def test_unique_names():
    seen, bad = {}, []
    for no, f in officials():
        key = norm(f[0])
        if key in seen:
            bad.append("line %d: %r repeats line %d" % (no, f[0], seen[key]))
        else:
            seen[key] = no
    check(not bad, "duplicate names:\n  " + "\n  ".join(bad))


def test_affiliations():
    codes = first_column("countries.tsv")
    orgs = first_column("organizations.tsv")
    bad = []
    for no, f in officials():
        if len(f) < 2:
            continue
        a = f[1].strip()
        if re.fullmatch(r"[A-Z]{3}", a) and a in codes:
            continue
        if a in orgs:
            continue
        what = "ISO3 code not in data/countries.tsv" if re.fullmatch(r"[A-Z]{3}", a) else \
            "neither an ISO3 code nor an organisation in data/organizations.tsv"
        bad.append("line %d: %s: affiliation %r is %s" % (no, f[0], a, what))
    check(not bad, "unknown affiliations:\n  " + "\n  ".join(bad))


def test_aliases_unique():
    owner, bad = {}, []
    for no, f in officials():
        if len(f) < 3:
            continue
        person = f[0].strip()
        forms = [person] + (split_list(f[3]) if len(f) > 3 else [])
        for form in forms:
            key = norm(form)
            if not key:
                bad.append("line %d: %s: alias %r is empty after normalising" % (no, person, form))
                continue
            prev = owner.get(key)
            if prev is None:
                owner[key] = (person, no)
            elif prev[0] != person:
                bad.append("line %d: %r (%s) is also a form of %s (line %d)" % (no, form, person, prev[0], prev[1]))
    check(not bad, "forms shared by two people:\n  " + "\n  ".join(bad))


def main():
    tests = [(name, fn) for name, fn in sorted(globals().items())
             if name.startswith("test_") and callable(fn)]
    only = sys.argv[1:]
    passed = failed = 0
    for name, fn in tests:
        if only and name not in only:
            continue
        try:
            fn()
        except Failure as e:
            failed += 1
            print("FAIL %s: %s" % (name, e))
        except Exception:
            failed += 1
            print("FAIL %s\n%s" % (name, traceback.format_exc()))
        else:
            passed += 1
            print("ok   %s" % name)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
