#!/usr/bin/python3
"""End-to-end tests of scripts/parley-dask on a real local Dask cluster of
two worker processes (loopback only), and of parley's --byte-range, which
it splits JSON Lines files with.

The point is equality: the merged graph of the shards must be, byte for
byte, the JSON of one `parley -f json` run over the same inputs; and a
shard whose input cannot be read must fail the run cleanly (exit 1, the
shard and the file named, no output file). Run by ctest with PARLEY_BIN
set; by hand:
PARLEY_BIN=build/parley /usr/bin/python3 tests/e2e/test_dask.py [test_name...]
"""

import glob
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
DASK = os.path.join(SOURCE_DIR, "scripts", "parley-dask")


def check(cond, what, proc=None):
    if not cond:
        if proc is not None:
            what += "\n  exit %d\n  stderr: %r" % (
                proc.returncode, proc.stderr.decode("utf-8", "replace")[-3000:])
        raise AssertionError(what)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def texts():
    """The development sets' articles, in a fixed order."""
    return sorted(glob.glob(os.path.join(SOURCE_DIR, "tests", "devset*", "texts", "*.txt")))


def make_tree(tmp):
    """A directory of articles in two subdirectories (and a hidden file
    and a non-.txt file that parley leaves out)."""
    root = os.path.join(tmp, "news")
    for i, path in enumerate(texts()):
        sub = os.path.join(root, "b" if i % 2 else "a")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, os.path.basename(path)), "wb") as f:
            f.write(read(path))
    with open(os.path.join(root, ".hidden.txt"), "w") as f:
        f.write("President Biden met President Xi in Bali.\n")
    with open(os.path.join(root, "notes.md"), "w") as f:
        f.write("President Biden met President Xi in Bali.\n")
    return "news"


def make_jsonl(tmp):
    """The articles as JSON Lines: some with an id, some without (named
    FILE:LINE, so line numbers must survive the split), some dated, and a
    blank line."""
    path = os.path.join(tmp, "news.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for i, src in enumerate(texts()):
            rec = {"text": read(src).decode("utf-8")}
            if i % 2:
                rec["id"] = os.path.basename(src)
            if i % 3 == 0:
                rec["date"] = "2025-02-%02d" % (i % 28 + 1)
            f.write(json.dumps(rec, ensure_ascii=i % 4 == 0) + "\n")
            if i == 5:
                f.write("\n")
    return "news.jsonl"


def parley(args, cwd):
    return subprocess.run([BIN] + args, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          timeout=300)


def dask(args, cwd):
    return subprocess.run([DASK, "--workers", "2", "--parley", BIN] + args, cwd=cwd,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=600)


def one_run(args, cwd):
    p = parley(["-q", "-f", "json", "-o", "-"] + args, cwd)
    check(p.returncode == 0, "parley %s" % args, p)
    return p.stdout


def test_directory_equals_one_run(tmp):
    tree = make_tree(tmp)
    want = one_run([tree], tmp)
    # Small shards: several a worker, and a merge tree of two levels.
    p = dask(["--shard-mb", "0.015", "--fan-in", "3", "-o", "graph.json", tree], tmp)
    check(p.returncode == 0, "parley-dask over a directory", p)
    err = p.stderr.decode()
    check("shards on 2 workers, 2 merge levels" in err, "shards and levels reported: %r" % err)
    check(read(os.path.join(tmp, "graph.json")) == want, "parley-dask != parley (directory)")


def test_jsonl_equals_one_run(tmp):
    jsonl = make_jsonl(tmp)
    want = one_run(["--input-format", "jsonl", jsonl], tmp)
    p = dask(["--input-format", "jsonl", "--shard-mb", "0.01", "-q", "-o", "graph.json", jsonl],
             tmp)
    check(p.returncode == 0, "parley-dask over JSON Lines", p)
    check(p.stderr == b"", "-q: nothing on stderr: %r" % p.stderr)
    check(read(os.path.join(tmp, "graph.json")) == want, "parley-dask != parley (JSON Lines)")


def test_unreadable_shard_fails_cleanly(tmp):
    tree = make_tree(tmp)
    # A dangling link named .txt: parley lists it, and cannot read it.
    os.symlink(os.path.join(tmp, "missing"), os.path.join(tmp, tree, "b", "zz-gone.txt"))
    with open(os.path.join(tmp, "graph.json"), "w") as f:
        f.write("old")
    p = dask(["--shard-mb", "0.015", "--retries", "1", "-o", "graph.json", tree], tmp)
    err = p.stderr.decode()
    check(p.returncode == 1, "exit 1 when a shard fails", p)
    check("failed after 2 tries: parley: news/b/zz-gone.txt: No such file or directory" in err,
          "the message names the file: %r" % err)
    check("parley-dask: shard " in err and "zz-gone.txt, " in err,
          "the message names the shard: %r" % err)
    check(read(os.path.join(tmp, "graph.json")) == b"old", "the old output is left as it was")
    check(sorted(os.listdir(tmp)) == ["graph.json", "news"],
          "no temporary file left: %r" % os.listdir(tmp))


def test_usage_errors(tmp):
    for args, msg in ((["-o", "g.json", "x.txt"], "give --workers N"),
                      (["--workers", "2", "x.txt"], "give the output file with -o"),
                      (["--workers", "2", "-o", "g.json", "-"], "standard input cannot be split")):
        p = subprocess.run([DASK] + args, cwd=tmp, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=60)
        check(p.returncode == 2 and msg in p.stderr.decode(), "usage error %s" % args, p)


def test_byte_ranges_cover_each_line_once(tmp):
    """Any cut of a file into ranges, each line read where it begins, with
    its number in the whole file: the merged parts are the whole file's
    graph, and a bad line is reported once, by its true number."""
    jsonl = make_jsonl(tmp)
    path = os.path.join(tmp, jsonl)
    with open(path, "ab") as f:
        f.write(b'{"text": 5}\n')
    bad_line = read(path).count(b"\n")
    size = os.path.getsize(path)
    whole = parley(["-q", "-f", "json", "-o", "-", "--input-format", "jsonl", jsonl], tmp)
    check(whole.returncode == 1, "the bad line fails the whole run", whole)
    nl = read(path).index(b"\n")
    for cuts in ([0, size], [0, 1, 2, size], [0, nl, nl + 1, size // 2, size],
                 [0, nl + 1, size - 3, size + 100]):
        parts, errors = [], b""
        for i, (a, b) in enumerate(zip(cuts, cuts[1:])):
            p = parley(["-q", "-f", "json", "-o", "-", "--input-format", "jsonl",
                        "--byte-range", "%d-%d" % (a, b), jsonl], tmp)
            errors += p.stderr
            part = os.path.join(tmp, "part-%d.json" % i)
            with open(part, "wb") as f:
                f.write(p.stdout)
            parts.append(part)
        m = parley(["merge", "-o", "-"] + parts, tmp)
        check(m.returncode == 0, "merge of the ranges %s" % cuts, m)
        check(m.stdout == whole.stdout, "ranges %s != the whole file" % cuts)
        check(errors == ('parley: %s: line %d: expected a JSON object with a string "text" '
                         '("text" is an integer)\n' % (jsonl, bad_line)).encode(),
              "ranges %s: the bad line once, by its number: %r" % (cuts, errors))
    p = parley(["-f", "json", "-o", "-", "--byte-range", "0-10", jsonl], tmp)
    check(p.returncode == 2 and b"--byte-range needs --input-format jsonl" in p.stderr,
          "--byte-range without jsonl", p)
    p = parley(["-f", "json", "-o", "-", "--input-format", "jsonl", "--byte-range", "9-3",
                jsonl], tmp)
    check(p.returncode == 2 and b"END is before START" in p.stderr, "END before START", p)


def main():
    return harness.run_tests(globals(), "parley-dask-test-")


if __name__ == "__main__":
    sys.exit(main())
