#!/usr/bin/python3
"""End-to-end tests of how parley hands its inputs to the worker threads:
JSON lines in blocks of about 256 KiB (lines across block ends, a line over
the 256 MiB limit among others, a last line without its newline), and text
files in groups of 32 (unreadable ones among them). Whatever the grouping,
the documents, the messages and their order are those of reading the
articles one by one, for every -j.
Run by ctest with PARLEY_BIN set; by hand:
PARLEY_BIN=build/parley /usr/bin/python3 tests/e2e/test_reading.py [test_name...]
"""

import json
import os
import subprocess
import sys
import tempfile
import traceback

import harness  # noqa: E402  (tests/e2e/harness.py)

SOURCE_DIR = os.environ.get(
    "PARLEY_SOURCE_DIR", os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
BIN = os.path.abspath(os.environ.get("PARLEY_BIN", os.path.join(SOURCE_DIR, "build", "parley")))

OK = b'{"text": "Wang Yi met Antony Blinken in Rome."}'


def check(cond, what, proc=None):
    if not cond:
        if proc is not None:
            what += "\n  exit %d\n  stderr: %r" % (
                proc.returncode, proc.stderr.decode("utf-8", "replace")[-2000:])
        raise AssertionError(what)


def run(args, cwd, stdin=b""):
    return subprocess.run([BIN] + args, cwd=cwd, input=stdin, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=300)


def documents(out):
    return [d["id"] for d in json.loads(out)["graph"]["metadata"]["documents"]]


def test_long_line_among_others(tmp):
    big = b'{"text": "' + b"a" * (257 << 20) + b'"}'
    for data, line, docs in ((OK + b"\n" + OK + b"\n" + big + b"\n" + OK, 3,
                              ["stdin:1", "stdin:2", "stdin:4"]),
                             (OK + b"\n" + big, 2, ["stdin:1"]),
                             (big + b"\n\n" + OK + b"\n", 1, ["stdin:3"])):
        p = run(["--input-format", "jsonl", "-f", "json", "-o", "-", "-"], tmp, data)
        check(p.returncode == 1, "a long line fails the run", p)
        check(p.stderr == b"parley: stdin: line %d: larger than 256 MiB; not read\n" % line,
              "the long line's message", p)
        check(documents(p.stdout) == docs, "the other lines: %r" % documents(p.stdout), p)


def test_blocks_keep_lines_and_messages(tmp):
    """About 3 MB of lines (a dozen blocks), of many lengths, bad ones
    among them: every -j gives the same graph and the same messages, in
    line order, and each good line is one document."""
    path = os.path.join(tmp, "c.jsonl")
    want_errors, good = [], 0
    with open(path, "wb") as f:
        for i in range(1, 6001):
            if i % 997 == 0:
                f.write(b'{"text": 5}\n')
                want_errors.append('parley: c.jsonl: line %d: expected a JSON object with a '
                                   'string "text" ("text" is an integer)\n' % i)
                continue
            pad = "x" * (i * 37 % 900)
            f.write(json.dumps({"id": "d%d" % i, "text": "Wang Yi met Antony Blinken in "
                                "Rome. " + pad}).encode() + b"\n")
            good += 1
    outs = []
    for j in ("1", "2", "3"):
        p = run(["-j", j, "--input-format", "jsonl", "-f", "json", "-o", "-", "c.jsonl"], tmp)
        check(p.returncode == 1, "-j %s: the bad lines fail the run" % j, p)
        check(p.stderr.decode() == "".join(want_errors), "-j %s: messages in line order" % j, p)
        check(len(documents(p.stdout)) == good, "-j %s: one document a good line" % j, p)
        outs.append(p.stdout)
    check(outs[0] == outs[1] == outs[2], "the same graph for every -j")


def test_file_groups_keep_order(tmp):
    """Text files go 32 at a time: unreadable ones among 100 are reported
    in path order, for every -j, and the others are read."""
    d = os.path.join(tmp, "news")
    os.makedirs(d)
    want = []
    for i in range(100):
        name = os.path.join(d, "a%03d.txt" % i)
        if i % 15 == 7:
            os.symlink(os.path.join(tmp, "gone"), name)
            want.append("parley: news/a%03d.txt: No such file or directory\n" % i)
        else:
            with open(name, "w") as f:
                f.write("Wang Yi met Antony Blinken in Rome on Monday.\n")
    outs = []
    for j in ("1", "2", "3"):
        p = run(["-j", j, "-f", "json", "-o", "-", "news"], tmp)
        check(p.returncode == 1, "-j %s: unreadable files fail the run" % j, p)
        check(p.stderr.decode() == "".join(want), "-j %s: messages in path order" % j, p)
        check(len(documents(p.stdout)) == 100 - len(want), "-j %s: the readable files" % j, p)
        outs.append(p.stdout)
    check(outs[0] == outs[1] == outs[2], "the same graph for every -j")


def main():
    return harness.run_tests(globals(), "parley-reading-")


if __name__ == "__main__":
    sys.exit(main())
