#!/usr/bin/python3
"""The documentation against the program and the tree.

- docs/cli.md is the one table of options: every option `parley --help`
  prints has one row there (with its short form), and every row's option is
  in --help; the same for `parley merge --help` and its table.
- The README opens with exactly its two commands, and .ci/run runs the
  second; the README stays a front door (at most 260 lines).
- Relative links in README.md, docs/*.md and tests/README.md lead to files
  that exist, and #anchors to headings that exist.
- No text of the project points outside it (a sibling folder, an absolute
  path of the machine it was written on) or speaks of tracker issues by
  number.

Run by ctest with PARLEY_BIN set; by hand:
PARLEY_BIN=build/parley /usr/bin/python3 tests/e2e/test_docs.py
"""

import os
import re
import subprocess
import sys

SOURCE_DIR = os.environ.get(
    "PARLEY_SOURCE_DIR", os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
BIN = os.path.abspath(os.environ.get("PARLEY_BIN", os.path.join(SOURCE_DIR, "build", "parley")))

README_COMMANDS = ["scripts/build.sh && scripts/run-examples.sh", "scripts/test.sh"]
# Written in pieces so that this file does not match itself.
OUTSIDE = [re.compile(r"\.\./" + "shared"), re.compile(r"/" + r"work/(shared|main|wt)\b")]
ISSUE = re.compile(r"\b" + "issue" + r"s?\s*#?\d+\b", re.I)
# Folders whose files are not the project's prose: article texts (some are
# third-party news), generated outputs, fuzz inputs, pinned packages.
SKIP_DIRS = {".git", "node_modules", "texts", "output", "corpus", "img"}
TEXT_EXTS = {".md", ".c", ".h", ".py", ".sh", ".txt", ".tsv", ".cmake", ".in", ".1", ".bash",
             ".js", ".json", ".supp", ".map", ""}

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL " + what)
    return cond


def read(rel):
    with open(os.path.join(SOURCE_DIR, rel), encoding="utf-8") as f:
        return f.read()


def help_options(text):
    """{long: short or None} of the option lines of a --help text."""
    out = {}
    for line in text.splitlines():
        m = re.match(r"^  (?:(-[A-Za-z]), |    )(--[a-z][a-z-]*[a-z])", line)
        if m:
            out[m.group(2)] = m.group(1)
    return out


def table_rows(md, heading):
    """The first cells of the table under the first heading `heading`."""
    start = md.index("\n" + heading + "\n") + 1
    rows = []
    for line in md[start:].splitlines()[1:]:
        if line.startswith("#"):
            break
        if line.startswith("| `"):
            rows.append(line.split("|")[1])
    return rows


def check_table(md, heading, help_text, what):
    documented = {}
    for cell in table_rows(md, heading):
        words = re.findall(r"`(--?[A-Za-z][a-z-]*)`", cell)
        longs = [w for w in words if w.startswith("--")]
        shorts = [w for w in words if not w.startswith("--")]
        for long in longs:
            check(long not in documented, "%s: %s has one row, not two" % (what, long))
            documented[long] = shorts[0] if len(longs) == 1 and shorts else None
    in_help = help_options(help_text)
    check(len(in_help) >= 8, "%s: --help lists options (%r)" % (what, in_help))
    for long, short in sorted(in_help.items()):
        if check(long in documented, "%s: %s (in --help) has a row in docs/cli.md" % (what, long)):
            check(documented[long] == short,
                  "%s: docs/cli.md gives %s as the short form of %s, --help %s"
                  % (what, documented[long], long, short))
    for long in sorted(set(documented) - set(in_help)):
        check(False, "%s: %s is in docs/cli.md but not in --help" % (what, long))


def test_cli_doc():
    md = read("docs/cli.md")
    main_help = subprocess.run([BIN, "--help"], stdout=subprocess.PIPE, timeout=60).stdout.decode()
    merge_help = subprocess.run([BIN, "merge", "--help"], stdout=subprocess.PIPE,
                                timeout=60).stdout.decode()
    check_table(md, "## Options", main_help, "parley")
    check_table(md, "## parley merge", merge_help, "parley merge")
    # Other pages link to the table instead of repeating it.
    for rel in ["README.md"] + ["docs/" + f for f in os.listdir(os.path.join(SOURCE_DIR, "docs"))
                                if f.endswith(".md") and f != "cli.md"]:
        check("| `-f`, `--format`" not in read(rel), "%s repeats the options table" % rel)


def test_readme():
    text = read("README.md")
    blocks = re.findall(r"```sh\n(.*?)```", text, re.S)
    first = [re.sub(r"\s+#.*$", "", l).strip() for l in blocks[0].splitlines() if l.strip()]
    check(first == README_COMMANDS, "the README opens with its two commands: %r" % first)
    check(text.index("```sh") < text.index("\n## "), "the two commands come before any section")
    check(len(text.splitlines()) <= 260, "README.md has %d lines" % len(text.splitlines()))
    ci = read(".ci/run")
    check(re.search(r"^exec scripts/test\.sh$", ci, re.M) is not None,
          ".ci/run runs the README's test command")
    # Every script a README command names exists and is executable.
    for block in blocks:
        for script in re.findall(r"(?<![\w/.])(scripts/[\w.-]+)", block):
            path = os.path.join(SOURCE_DIR, script)
            check(os.access(path, os.X_OK), "README: %s exists and is executable" % script)


def slug(heading):
    s = heading.strip().lower()
    s = re.sub(r"[`*_]", "", s)
    s = re.sub(r"[^\w\- ]", "", s)
    return s.replace(" ", "-")


def anchors(path):
    with open(path, encoding="utf-8") as f:
        text = re.sub(r"```.*?```", "", f.read(), flags=re.S)
    return {slug(h) for h in re.findall(r"^#+ (.*)$", text, re.M)}


def test_links():
    pages = ["README.md", "tests/README.md"] + sorted(
        "docs/" + f for f in os.listdir(os.path.join(SOURCE_DIR, "docs")) if f.endswith(".md"))
    for rel in pages:
        text = re.sub(r"```.*?```", "", read(rel), flags=re.S)
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if re.match(r"[a-z]+:", target):
                continue
            file_part, _, anchor = target.partition("#")
            path = os.path.normpath(os.path.join(SOURCE_DIR, os.path.dirname(rel), file_part)) \
                if file_part else os.path.join(SOURCE_DIR, rel)
            if not check(os.path.exists(path), "%s: link %s leads nowhere" % (rel, target)):
                continue
            if anchor and path.endswith(".md"):
                check(anchor in anchors(path), "%s: link %s: no such heading" % (rel, target))


def project_files():
    for root, dirs, files in os.walk(SOURCE_DIR):
        rel_root = os.path.relpath(root, SOURCE_DIR)
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not (
            rel_root == "." and (d.startswith("build") or d.startswith("."))))
        for name in sorted(files):
            if os.path.splitext(name)[1] in TEXT_EXTS and not name.startswith("."):
                yield os.path.normpath(os.path.join(rel_root, name))


def test_no_outside_references():
    seen = 0
    for rel in project_files():
        try:
            text = read(rel)
        except (UnicodeDecodeError, OSError):
            continue
        seen += 1
        for pat, what in [(p, "points outside the project") for p in OUTSIDE] + [
                (ISSUE, "speaks of an issue by number")]:
            # Over the whole text: "issue" and its number may be on two lines.
            for m in pat.finditer(text):
                n = text.count("\n", 0, m.start()) + 1
                check(False, "%s:%d %s: %s" % (rel, n, what, text.splitlines()[n - 1].strip()[:120]))
    check(seen > 100, "the project's text files were read (%d)" % seen)


def main():
    for test in (test_cli_doc, test_readme, test_links, test_no_outside_references):
        test()
    if failures:
        print("%d failed" % len(failures))
        return 1
    print("all documentation checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
