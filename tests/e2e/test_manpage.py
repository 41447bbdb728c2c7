#!/usr/bin/python3
"""docs/parley.1 against `parley --help`: every option --help prints is
documented under OPTIONS (with its short form), every option documented
there is in --help (or in NOT_YET_IN_HELP below), every format under
FORMATS is accepted by --format (or in FORMATS_NOT_YET), the exit statuses
are those --help gives, and groff and man render the page without a
warning.

Run by ctest with PARLEY_BIN set; by hand:
PARLEY_BIN=build/parley /usr/bin/python3 tests/e2e/test_manpage.py
"""

import os
import re
import subprocess
import sys

SOURCE_DIR = os.environ.get(
    "PARLEY_SOURCE_DIR", os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
BIN = os.path.abspath(os.environ.get("PARLEY_BIN", os.path.join(SOURCE_DIR, "build", "parley")))
MANPAGE = os.path.join(SOURCE_DIR, "docs", "parley.1")

# Options the man page documents ahead of --help: features other branches
# add at the same time as the man page. Each entry must leave this list in
# the merge that puts the option into --help (the test fails on an entry
# --help already prints), so the list ends empty.
NOT_YET_IN_HELP = set()
# Formats documented under FORMATS that --format does not accept yet; the
# same rule.
FORMATS_NOT_YET = set()

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL " + what)
    return cond


def plain(roff):
    """A roff line as text: \\- is '-', a leading font macro (.B, .BR),
    font changes and \\& dropped."""
    s = re.sub(r"^\.[BIR]{1,2} ", "", roff)
    s = re.sub(r"\\f[BIRP]", "", s)
    s = s.replace("\\-", "-").replace("\\&", "").replace("\\c", "")
    return s.replace('"', "")


def options_in(text):
    """The option words ("--format", "-f") in a line of text."""
    longs = re.findall(r"(?<![\w-])(--[a-z][a-z-]*[a-z])", text)
    shorts = re.findall(r"(?<![\w-])(-[A-Za-z])(?![\w-])", text)
    return longs + shorts


def help_options(help_text):
    """(short or None, long) for each option line of --help."""
    pairs = []
    for line in help_text.splitlines():
        # "  -f, --format=FORMAT" or "      --name=NAME"; help text lines
        # are indented further, so an option named there is not taken.
        m = re.match(r"^  (?:(-[A-Za-z]), |    )(--[a-z][a-z-]*[a-z])", line)
        if m:
            pairs.append((m.group(1), m.group(2)))
    return pairs


def sections(roff):
    """{section name: [lines]} of the page's .SH sections."""
    out, name = {}, None
    for line in roff.splitlines():
        if line.startswith(".SH "):
            name = line[4:].strip().strip('"')
            out[name] = []
        elif name:
            out[name].append(line)
    return out


def tags(lines):
    """The tag line of each .TP paragraph, as text."""
    return [plain(lines[i + 1]) for i, l in enumerate(lines[:-1]) if l.strip() == ".TP"]


def main():
    help_p = subprocess.run([BIN, "--help"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            timeout=60)
    if not check(help_p.returncode == 0, "parley --help exits 0"):
        return
    help_text = help_p.stdout.decode()
    pairs = help_options(help_text)
    check(len(pairs) >= 10 and ("-f", "--format") in pairs,
          "--help lists its options (found %r)" % pairs)
    with open(MANPAGE) as f:
        roff = f.read()
    secs = sections(roff)
    for name in ("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "FORMATS", "EXIT STATUS",
                 "FILES", "EXAMPLES", "SEE ALSO"):
        check(name in secs, "the man page has a %s section" % name)

    # Each .TP tag under OPTIONS documents one option: "-f, --format=FORMAT".
    documented = {}  # long -> set of option words in its tag
    for tag in tags(secs.get("OPTIONS", [])):
        words = options_in(tag)
        longs = [w for w in words if w.startswith("--")]
        if check(len(longs) == 1, "OPTIONS tag %r names one long option" % tag):
            documented[longs[0]] = set(words)
    in_help = set()
    for short, long in pairs:
        in_help.add(long)
        check(long in documented, "%s (in --help) is documented under OPTIONS" % long)
        if short:
            in_help.add(short)
            check(short in documented.get(long, ()),
                  "the man page gives %s as the short form of %s" % (short, long))
    man_words = set().union(*documented.values()) if documented else set()
    for word in sorted(man_words - in_help):
        check(word in NOT_YET_IN_HELP,
              "%s is documented under OPTIONS but not in --help (nor in NOT_YET_IN_HELP)" % word)
    for word in sorted(NOT_YET_IN_HELP):
        check(word not in in_help,
              "%s is in --help now: take it out of NOT_YET_IN_HELP" % word)
        check(word in man_words, "%s (NOT_YET_IN_HELP) is documented under OPTIONS" % word)

    # FORMATS: each tag names formats ("png, pdf"); each must be accepted
    # (an unknown --format is a usage error before --version is reached).
    formats = []
    for tag in tags(secs.get("FORMATS", [])):
        formats += [f.strip() for f in tag.split(",")]
    check("json" in formats and "svg" in formats and "dot" in formats,
          "FORMATS documents dot, svg and json (found %r)" % formats)
    for fmt in formats:
        p = subprocess.run([BIN, "--format", fmt, "--version"], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=60)
        if fmt in FORMATS_NOT_YET:
            check(p.returncode == 2, "format %s is accepted now: take it out of "
                  "FORMATS_NOT_YET" % fmt)
        else:
            check(p.returncode == 0, "format %s (FORMATS) is accepted by --format" % fmt)
    for fmt in sorted(FORMATS_NOT_YET - set(formats)):
        check(False, "%s (FORMATS_NOT_YET) is documented under FORMATS" % fmt)

    # EXIT STATUS: the statuses --help names, no more.
    m = re.search(r"^Exit status: (.*)$", help_text, re.M)
    help_statuses = set(re.findall(r"(\d+) ", m.group(1))) if m else set()
    man_statuses = set(tags(secs.get("EXIT STATUS", [])))
    check(help_statuses and man_statuses == help_statuses,
          "EXIT STATUS lists %r, --help %r" % (sorted(man_statuses), sorted(help_statuses)))

    # groff with every warning enabled says nothing.
    p = subprocess.run(["groff", "-man", "-Tutf8", "-ww", "-z", MANPAGE],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
    check(p.returncode == 0 and p.stderr == b"",
          "groff -man -ww renders without warnings: %r" % p.stderr.decode()[:2000])

    # man -l renders it; the text shows every --help option as typed.
    env = dict(os.environ, MANWIDTH="80", LC_ALL="C.UTF-8", MANPAGER="cat", PAGER="cat")
    p = subprocess.run(["man", "-l", MANPAGE], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       env=env, timeout=60)
    text = p.stdout.decode("utf-8", "replace")
    check(p.returncode == 0 and p.stderr == b"",
          "man -l renders the page: exit %d, %r" % (p.returncode, p.stderr.decode()[:2000]))
    # groff may print hyphens and minus signs as U+2010 and U+2212.
    text = text.replace("\u2010", "-").replace("\u2212", "-")
    check(text.startswith("PARLEY(1)"), "the rendered page starts with PARLEY(1)")
    for word in sorted(in_help):
        check(re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(word), text),
              "the rendered page shows %s" % word)


if __name__ == "__main__":
    main()
    if failures:
        print("%d failure(s)" % len(failures))
        sys.exit(1)
    print("the man page matches parley --help")
