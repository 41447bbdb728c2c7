#!/usr/bin/python3
"""End-to-end tests of corpus-scale running: directories, JSON Lines,
standard input, --max-evidence, worker threads (-j), the progress line,
`parley merge` and its laws, and the GNU parallel recipe of docs/corpus.md.

The equality tests are the point: however a corpus is split (threads,
parts merged in any grouping and order, jobs of GNU parallel), the graph
must be byte for byte the one of a single run over all the articles.
Run by ctest with PARLEY_BIN set; by hand:
PARLEY_BIN=build/parley /usr/bin/python3 tests/e2e/test_corpus.py [test_name...]
"""

import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import traceback

import harness  # noqa: E402  (tests/e2e/harness.py)

SOURCE_DIR = os.environ.get(
    "PARLEY_SOURCE_DIR", os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
BIN = os.path.abspath(os.environ.get("PARLEY_BIN", os.path.join(SOURCE_DIR, "build", "parley")))

TRY_HELP = "Try 'parley --help' for more information.\n"
TRY_MERGE_HELP = "Try 'parley merge --help' for more information.\n"

ARTICLE = (b" date 2021-07-28\n"
           b"Chinese Foreign Minister Wang Yi met a Taliban delegation led by Mullah Abdul\n"
           b"Ghani Baradar in Tianjin on Wednesday. Wang said China respects Afghanistan's\n"
           b"sovereignty. The talks followed a visit to Turkmenistan.\n")


def run(args, cwd, stdin=b"", timeout=300):
    return subprocess.run([BIN] + list(args), cwd=cwd, input=stdin, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=timeout)


def write(path, data):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def check(cond, what, proc=None):
    if not cond:
        if proc is not None:
            what += "\n  exit %d\n  stderr: %r\n  stdout: %r" % (
                proc.returncode, proc.stderr.decode("utf-8", "replace")[:2000],
                (proc.stdout or b"")[:300])
        raise AssertionError(what)


def ok(args, cwd, stdin=b""):
    p = run(args, cwd, stdin)
    check(p.returncode == 0, "%r: exit %d" % (args, p.returncode), p)
    return p


def corpus_files():
    """The development articles, relative to SOURCE_DIR, in byte order."""
    files = []
    for d in ("tests/devset/texts", "tests/devset2/texts"):
        files += [os.path.join(d, n) for n in os.listdir(os.path.join(SOURCE_DIR, d))
                  if n.endswith(".txt")]
    check(len(files) >= 30, "development sets missing: %d articles" % len(files))
    return sorted(files)


def documents(doc):
    return [d["id"] for d in doc["graph"]["metadata"]["documents"]]


def graph_items(doc):
    """(key, metadata) of every node and edge."""
    for key, node in doc["graph"]["nodes"].items():
        yield key, node["metadata"]
    for e in doc["graph"].get("edges", []):
        yield (e["source"], e["relation"], e["target"]), e["metadata"]


# ---- directories ----------------------------------------------------------

def test_directory_recursive_in_path_order(tmp):
    """Directories are read recursively, .txt only, hidden names skipped,
    in byte order of the whole path ("a.txt" before "a/b.txt")."""
    # Each article holds one invalid byte, so its warning shows when (and
    # whether) it was read; warnings come out in the order of the inputs.
    names = ["news/a/b.txt", "news/a.txt", "news/a-c.txt", "news/Z.txt", "news/a/a/z.txt",
             "news/b/c.txt"]
    for n in names:
        write(os.path.join(tmp, n), ARTICLE + b"\xff\n")
    for n in ["news/notes.md", "news/a/readme", "news/.hidden.txt", "news/.git/x.txt",
              "news/b/c.txt.bak"]:
        write(os.path.join(tmp, n), ARTICLE)
    p = ok(["-j", "2", "-f", "json", "-o", "-", "news"], tmp)
    order = sorted(names, key=lambda s: s.encode())
    check(order == ["news/Z.txt", "news/a-c.txt", "news/a.txt", "news/a/a/z.txt",
                    "news/a/b.txt", "news/b/c.txt"], "path order %r" % order)
    want = "".join("parley: %s: offset %d: 1 invalid UTF-8 byte replaced by spaces (first at "
                   "this offset)\n" % (n, len(ARTICLE)) for n in order)
    got = p.stderr.decode()
    check(got == want,
          "visit order or files read:\n%s\nexpected:\n%s" % (got, want), p)
    check(sorted(documents(json.loads(p.stdout))) == sorted(order), "documents", p)
    # A trailing slash does not double the separator.
    p = ok(["-q", "-f", "json", "-o", "-", "news/b/"], tmp)
    check(documents(json.loads(p.stdout)) == ["news/b/c.txt"], "trailing slash", p)


def test_directory_without_articles(tmp):
    os.makedirs(os.path.join(tmp, "empty/sub"))
    write(os.path.join(tmp, "empty/sub/notes.md"), ARTICLE)
    write(os.path.join(tmp, "a.txt"), ARTICLE)
    p = run(["-o", "out", "empty"], tmp)
    check(p.returncode == 1 and p.stderr.decode() ==
          "parley: empty: no .txt files in this directory\n"
          "parley: no input could be read or extracted; nothing written\n", "empty dir", p)
    check(not os.path.exists(os.path.join(tmp, "out")), "empty dir wrote output")
    p = run(["-f", "json", "-o", "out", "a.txt", "empty"], tmp)
    check(p.returncode == 1, "empty dir among files: exit", p)
    check(documents(json.loads(read(os.path.join(tmp, "out/graph.json")))) == ["a.txt"],
          "graph of the rest")


def test_directory_symlink_loop(tmp):
    write(os.path.join(tmp, "d/a.txt"), ARTICLE)
    os.symlink(".", os.path.join(tmp, "d/self"))
    os.symlink("..", os.path.join(tmp, "d/up"))
    os.symlink("a.txt", os.path.join(tmp, "d/link.txt"))
    p = run(["-f", "json", "-o", "-", "d"], tmp)
    check(p.returncode == 0, "loop: exit", p)
    # d/up is the parent, not yet being read: walked, down to d again. A
    # file is read once, however many links lead to it.
    check(p.stderr.decode() ==
          "parley: d/link.txt: a file already read by another path; skipped\n"
          "parley: d/self: a link back to a directory being read; skipped\n"
          "parley: d/up/d: a link back to a directory being read; skipped\n", "loop warning", p)
    check(sorted(documents(json.loads(p.stdout))) == ["d/a.txt"], "loop docs", p)


# ---- JSON Lines -----------------------------------------------------------

def jsonl_fixture(tmp):
    arts = corpus_files()[:3]
    # The "date" stands in for --doc-date: like it, it yields to a date
    # header in the text, so the headers go.
    lines = [json.dumps({"id": "art-%d" % i, "date": "2024-01-0%d" % (i + 1),
                         "text": re.sub(r"^ date \d{4}-\d\d-\d\d", "",
                                        read(os.path.join(SOURCE_DIR, a)).decode()),
                         "source": a})
             for i, a in enumerate(arts)]
    lines += [
        "not json",                                                   # 4
        "[1, 2]",                                                     # 5
        '{"id": "x"}',                                                # 6
        '{"text": 5}',                                                # 7
        "",                                                           # 8: blank, skipped
        json.dumps({"text": "Wang Yi met Antony Blinken in Rome on Monday."}),   # 9
        json.dumps({"id": 17, "text": "Wang Yi visited Paris.", "date": "2021-02-30"}),  # 10
        json.dumps({"id": ["a"], "text": "Blinken visited Paris.", "date": 20210304}),  # 11
        '"a string"',                                                 # 12
        json.dumps({"id": "art-0", "text": "x"})[:-1],                # 13: cut short
    ]
    write(os.path.join(tmp, "news.jsonl"), ("\n".join(lines) + "\n").encode())
    return arts


JSONL_ERRORS = (
    'parley: news.jsonl: line 4: expected a JSON object with a string "text" '
    "(not JSON: invalid token near 'not' at column 3)\n"
    'parley: news.jsonl: line 5: expected a JSON object with a string "text" (got an array)\n'
    'parley: news.jsonl: line 6: expected a JSON object with a string "text" (no "text")\n'
    'parley: news.jsonl: line 7: expected a JSON object with a string "text" '
    '("text" is an integer)\n'
    "parley: news.jsonl: line 10: \"date\" '2021-02-30' is not a valid YYYY-MM-DD date; ignored\n"
    'parley: news.jsonl: line 11: "id" is not a non-empty string or an integer (an array); '
    "using news.jsonl:11\n"
    'parley: news.jsonl: line 11: "date" is an integer, not a YYYY-MM-DD string; ignored\n'
    'parley: news.jsonl: line 12: expected a JSON object with a string "text" (got a string)\n'
)


def test_jsonl(tmp):
    jsonl_fixture(tmp)
    for jobs in ("1", "3"):
        out = "out" + jobs
        p = run(["--input-format", "jsonl", "-j", jobs, "--doc-date", "2020-05-05", "-f",
                 "json", "-o", out, "news.jsonl"], tmp)
        check(p.returncode == 1, "bad lines: exit 1", p)
        err = p.stderr.decode()
        # The line cut short: jansson's words, then the same frame.
        check(err.startswith(JSONL_ERRORS), "messages:\n%s" % err, p)
        rest = err[len(JSONL_ERRORS):]
        check(re.fullmatch(r'parley: news\.jsonl: line 13: expected a JSON object with a string '
                           r'"text" \(not JSON: [^\n]+ at column \d+\)\n', rest) is not None,
              "line 13: %r" % rest, p)
        doc = json.loads(read(os.path.join(tmp, out, "news.json")))
        got = {d["id"]: d["date"] for d in doc["graph"]["metadata"]["documents"]}
        check(got == {"art-0": "2024-01-01", "art-1": "2024-01-02", "art-2": "2024-01-03",
                      "news.jsonl:9": "2020-05-05", "17": "2020-05-05",
                      "news.jsonl:11": "2020-05-05"}, "documents %r" % got)
    check(read(os.path.join(tmp, "out1/news.json")) == read(os.path.join(tmp, "out3/news.json")),
          "jsonl: -j 1 and -j 3 differ")


def test_jsonl_equals_text_files(tmp):
    """An article is the same article from a .txt file or a JSON line."""
    arts = corpus_files()
    with open(os.path.join(tmp, "all.jsonl"), "w") as f:
        for a in arts:
            f.write(json.dumps({"id": a, "text": read(os.path.join(SOURCE_DIR, a)).decode()}))
            f.write("\r\n" if a.endswith("5.txt") else "\n")
    want = ok(["-q", "-f", "json", "-o", "-"] + arts, SOURCE_DIR).stdout
    got = ok(["-q", "--input-format", "jsonl", "-f", "json", "-o", "-", "all.jsonl"], tmp).stdout
    check(got == want, "jsonl and txt graphs differ")
    # A directory with --input-format jsonl stands for its .jsonl files.
    os.makedirs(os.path.join(tmp, "parts"))
    shutil.move(os.path.join(tmp, "all.jsonl"), os.path.join(tmp, "parts/x.jsonl"))
    write(os.path.join(tmp, "parts/skip.txt"), ARTICLE)
    got = ok(["-q", "--input-format", "jsonl", "-f", "json", "-o", "-", "parts"], tmp).stdout
    check(got == want, "jsonl directory")


def test_jsonl_empty_and_stdin(tmp):
    # An empty JSON Lines input holds no article and is no error: an empty graph.
    p = ok(["--input-format", "jsonl", "-f", "json", "-o", "-", "-"], tmp, b"")
    doc = json.loads(p.stdout)
    check(documents(doc) == [] and doc["graph"]["nodes"] == {}, "empty jsonl", p)
    p = ok(["--input-format", "jsonl", "-f", "json", "-o", "-", "-"], tmp,
           b'\n{"text": "Wang Yi met Antony Blinken in Rome."}\n')
    check(documents(json.loads(p.stdout)) == ["stdin:2"], "stdin jsonl names", p)


def test_jsonl_line_over_the_limit(tmp):
    """A line over 256 MiB is reported by number and skipped unstored; the
    next line is read."""
    rfd, wfd = os.pipe()

    def feed():
        with os.fdopen(wfd, "wb") as w:
            chunk = b"a" * (1 << 20)
            w.write(b'{"text": "')
            for _ in range(257):
                w.write(chunk)
            w.write(b'"}\n{"text": "Wang Yi met Antony Blinken in Rome."}\n')

    writer = threading.Thread(target=feed)
    writer.start()
    try:
        proc = subprocess.run([BIN, "--input-format", "jsonl", "-f", "json", "-o", "-", "-"],
                              cwd=tmp, stdin=rfd, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=300)
    finally:
        os.close(rfd)
        writer.join()
    check(proc.returncode == 1, "long line: exit", proc)
    check(proc.stderr == b"parley: stdin: line 1: larger than 256 MiB; not read\n",
          "long line: message", proc)
    check(documents(json.loads(proc.stdout)) == ["stdin:2"], "the line after the long one", proc)


def test_stdin_text(tmp):
    p = ok(["-f", "json", "-o", "-", "-"], tmp, ARTICLE)
    check(documents(json.loads(p.stdout)) == ["stdin"], "stdin text", p)


def test_usage_errors(tmp):
    write(os.path.join(tmp, "a.txt"), ARTICLE)
    cases = [
        (["-j", "0", "a.txt"], "invalid --jobs '0': expected a number of threads from 1 to 256"),
        (["--jobs", "x", "a.txt"], "invalid --jobs 'x': expected a number of threads from 1 "
                                   "to 256"),
        (["-j", "257", "a.txt"], "invalid --jobs '257': expected a number of threads from 1 "
                                 "to 256"),
        (["--max-evidence", "-1", "a.txt"], "invalid --max-evidence '-1': expected a number "
                                            "from 0 to 1000000"),
        (["--max-evidence", "", "a.txt"], "invalid --max-evidence '': expected a number "
                                          "from 0 to 1000000"),
        (["--input-format", "xml", "a.txt"], "unknown input format 'xml' (allowed: text, jsonl)"),
        (["--progress=1", "a.txt"], "option '--progress' takes no value"),
    ]
    for args, message in cases:
        p = run(args, tmp)
        check(p.returncode == 2 and p.stderr.decode() == "parley: %s\n%s" % (message, TRY_HELP),
              "%r" % args, p)
    check(sorted(os.listdir(tmp)) == ["a.txt"], "usage error wrote files")


# ---- evidence, threads, progress ---------------------------------------------

def test_max_evidence(tmp):
    arts = corpus_files()
    runs = {}
    for n in (0, 1, 2, 1000):
        runs[n] = json.loads(ok(["-q", "--max-evidence", str(n), "-f", "json", "-o", "-"] + arts,
                                SOURCE_DIR).stdout)
    base = {k: (m["mentions"], m["documents"]) for k, m in graph_items(runs[1000])}
    check(any(c[0] > 2 for c in base.values()), "no item with more than 2 mentions")
    for n, doc in runs.items():
        counts = {k: (m["mentions"], m["documents"]) for k, m in graph_items(doc)}
        check(counts == base, "--max-evidence %d changed counts" % n)
        for k, m in graph_items(doc):
            check(len(m.get("evidence", [])) == min(m["mentions"], n),
                  "--max-evidence %d: %r keeps %d of %d" % (n, k, len(m.get("evidence", [])),
                                                            m["mentions"]))
    # Evidence kept is the first in (document, offset) order: a prefix of all.
    for (k, m), (k2, m2) in zip(graph_items(runs[2]), graph_items(runs[1000])):
        check(k == k2 and m["evidence"] == m2["evidence"][:2], "evidence of %r not a prefix" % (k,))


def test_jobs_identical(tmp):
    """Byte-identical JSON and DOT, and the same stderr, for -j 1, 2, 3."""
    write(os.path.join(tmp, "warn/bad.txt"), ARTICLE + b"\xfe\xfe\n")
    inputs = ["tests/devset", "tests/devset2", "examples", os.path.join(tmp, "warn"),
              os.path.join(tmp, "nosuch.txt")]
    outs = {}
    for jobs in ("1", "2", "3"):
        out = os.path.join(tmp, "j" + jobs)
        p = run(["-j", jobs, "-f", "json,dot", "-o", out] + inputs, SOURCE_DIR)
        check(p.returncode == 1, "-j %s: exit (nosuch.txt is missing)" % jobs, p)
        outs[jobs] = (read(os.path.join(out, "graph.json")), read(os.path.join(out, "graph.dot")),
                      p.stderr.replace(tmp.encode(), b"TMP"))
    check(outs["1"][2] == b"parley: TMP/warn/bad.txt: offset %d: 2 invalid UTF-8 bytes replaced "
          b"by spaces (first at this offset)\nparley: TMP/nosuch.txt: No such file or "
          b"directory\n" % len(ARTICLE), "stderr %r" % outs["1"][2])
    doc = json.loads(outs["1"][0])
    examples = glob.glob(os.path.join(SOURCE_DIR, "examples", "**", "*.txt"), recursive=True)
    check(len(documents(doc)) == len(corpus_files()) + len(examples) + 1, "document count")
    for jobs in ("2", "3"):
        check(outs[jobs][0] == outs["1"][0], "JSON of -j %s differs from -j 1" % jobs)
        check(outs[jobs][1] == outs["1"][1], "DOT of -j %s differs from -j 1" % jobs)
        check(outs[jobs][2] == outs["1"][2], "stderr of -j %s differs from -j 1" % jobs)


PROGRESS = re.compile(r"parley: (\d+) articles?, (\d+\.\d) MB, (\d+) articles/s, "
                      r"(\d+\.\d) MB/s, (\d+\.\d) s\n")


def test_progress_line(tmp):
    arts = corpus_files()
    size = sum(os.path.getsize(os.path.join(SOURCE_DIR, a)) for a in arts)
    p = ok(["--progress", "-j", "2", "-f", "json", "-o", os.path.join(tmp, "out")] + arts,
           SOURCE_DIR)
    err = p.stderr.decode()
    check(err.startswith("\r") and err.endswith("\n") and err.count("\n") == 1,
          "progress: one \\r-rewritten line ending in a newline: %r" % err, p)
    m = PROGRESS.fullmatch(err.split("\r")[-1])
    check(m is not None, "progress line format: %r" % err, p)
    check(int(m.group(1)) == len(arts), "progress: article count %s" % m.group(1))
    check(m.group(2) == "%.1f" % (size / 1e6), "progress: MB %s for %d bytes" % (m.group(2), size))
    # Every rewrite has the same shape; --quiet silences it; without a
    # terminal and without --progress there is none.
    for part in err.split("\r")[1:-1]:
        check(PROGRESS.fullmatch(part.rstrip(" ") + "\n") or part.strip() == "",
              "progress: a rewrite %r" % part)
    p = ok(["--progress", "--quiet", "-f", "json", "-o", os.path.join(tmp, "out")] + arts,
           SOURCE_DIR)
    check(p.stderr == b"", "--quiet --progress printed", p)
    p = ok(["-f", "json", "-o", os.path.join(tmp, "out")] + arts, SOURCE_DIR)
    check(p.stderr == b"", "progress without a terminal", p)


def test_progress_with_warnings(tmp):
    """A warning is a whole line, never glued to the progress line."""
    write(os.path.join(tmp, "a.txt"), ARTICLE + b"\xff\n")
    p = ok(["--progress", "-f", "json", "-o", "out", "a.txt"], tmp)
    lines = [seg for line in p.stderr.decode().split("\n") for seg in line.split("\r")]
    check("parley: a.txt: offset %d: 1 invalid UTF-8 byte replaced by spaces (first at this "
          "offset)" % len(ARTICLE) in lines, "warning not whole: %r" % p.stderr, p)
    check(PROGRESS.fullmatch(p.stderr.decode().split("\r")[-1]) is not None, "final line", p)


# ---- parley merge ------------------------------------------------------------

def graph_of(files, fmt, tmp, extra=()):
    return ok(["-q", "-j", "1", "-f", fmt, "-o", "-"] + list(extra) + list(files),
              SOURCE_DIR).stdout


def test_merge_laws(tmp):
    arts = corpus_files()
    third = len(arts) // 3
    parts = {"A": arts[:third], "B": arts[third:2 * third], "C": arts[2 * third:]}
    for name, files in parts.items():
        write(os.path.join(tmp, name + ".json"), graph_of(files, "json", tmp))
    one = {fmt: graph_of(arts, fmt, tmp) for fmt in ("json", "dot")}

    def merge(inputs, out):
        p = run(["merge"] + inputs + ["-o", out], tmp)
        check(p.returncode == 0 and p.stderr == b"", "merge %r -o %s" % (inputs, out), p)
        return read(os.path.join(tmp, out))

    merge(["A.json", "B.json"], "AB.json")
    merge(["B.json", "C.json"], "BC.json")
    for fmt in ("json", "dot"):
        results = {
            "merge(merge(A,B),C)": merge(["AB.json", "C.json"], "ABC1." + fmt),
            "merge(A,merge(B,C))": merge(["A.json", "BC.json"], "ABC2." + fmt),
            "merge(C,B,A)": merge(["C.json", "B.json", "A.json"], "CBA." + fmt),
        }
        for law, got in results.items():
            check(got == one[fmt], "%s != one run (%s)" % (law, fmt))
    # A single graph merges into itself; stdout and -f work.
    write(os.path.join(tmp, "one.json"), one["json"])
    check(merge(["one.json"], "again.json") == one["json"], "merge of one graph")
    p = ok(["merge", "one.json"], tmp)
    check(p.stdout == one["json"], "merge to stdout (default -o -)")
    p = ok(["merge", "-f", "dot", "-o", "-", "-"], tmp, one["json"])
    check(p.stdout == one["dot"], "merge from stdin to DOT on stdout")
    p = ok(["merge", "A.json", "B.json", "C.json", "-o", "all.svg"], tmp)
    check(read(os.path.join(tmp, "all.svg")).lstrip().startswith(b"<?xml"), "SVG by extension")


def test_merge_max_evidence(tmp):
    arts = corpus_files()
    write(os.path.join(tmp, "a.json"), graph_of(arts[:20], "json", tmp, ["--max-evidence", "50"]))
    write(os.path.join(tmp, "b.json"), graph_of(arts[20:], "json", tmp, ["--max-evidence", "50"]))
    want = graph_of(arts, "json", tmp, ["--max-evidence", "3"])
    p = ok(["merge", "--max-evidence", "3", "a.json", "b.json"], tmp)
    check(p.stdout == want, "merge --max-evidence 3 of parts keeping 50 != one run keeping 3")


def test_merge_jsonl_of_graphs(tmp):
    """One compact graph per line (Hadoop Streaming, Spark's pipe)."""
    arts = corpus_files()
    with open(os.path.join(tmp, "graphs.jsonl"), "w") as f:
        for i in range(0, len(arts), 7):
            f.write(json.dumps(json.loads(graph_of(arts[i:i + 7], "json", tmp))) + "\n")
        f.write("\n")
    p = ok(["merge", "--input-format", "jsonl", "-"], tmp, read(os.path.join(tmp, "graphs.jsonl")))
    check(p.stdout == graph_of(arts, "json", tmp), "merge of JSON Lines graphs != one run")


def test_merge_errors(tmp):
    write(os.path.join(tmp, "good.json"), graph_of(corpus_files()[:2], "json", tmp))
    write(os.path.join(tmp, "cut.json"), b'{\n  "graph": {\n')
    write(os.path.join(tmp, "other.json"), b'{"a": 1}\n')
    write(os.path.join(tmp, "out.json"), b"earlier\n")
    p = run(["merge", "good.json", "cut.json", "nosuch.json", "other.json", "-o", "out.json"], tmp)
    err = p.stderr.decode()
    check(p.returncode == 1, "bad inputs: exit", p)
    check(re.match(r"parley: cut\.json: line 3: ", err) is not None, "cut.json: line", p)
    check("\nparley: nosuch.json: No such file or directory\n" in err, "missing input", p)
    check("\nparley: other.json: not a graph written by parley: " in err, "other.json", p)
    check(err.endswith("\nparley: an input could not be merged; nothing written\n"), "end", p)
    check(read(os.path.join(tmp, "out.json")) == b"earlier\n", "out.json was replaced")
    check(sorted(os.listdir(tmp)) == ["cut.json", "good.json", "other.json", "out.json"],
          "temporary files left: %r" % os.listdir(tmp))
    p = run(["merge", "--input-format", "jsonl", "-"], tmp, b'{"a": 1}\n\nnot json\n')
    err = p.stderr.decode()
    check(p.returncode == 1 and p.stdout == b"", "jsonl bad lines: exit", p)
    check(err.startswith("parley: stdin: line 1: not a graph written by parley: ")
          and "\nparley: stdin: line 3: line 1: " in err, "jsonl bad lines: messages", p)
    cases = [
        ([], "no graphs to merge (give '-' to read standard input)"),
        (["good.json", "-o", "x.txt"], "cannot tell the format of 'x.txt' from its extension; "
                                       "give it with --format"),
        (["good.json", "-f", "gif"], "unknown format 'gif'"),
        (["good.json", "--bogus"], "unknown option '--bogus'"),
        (["good.json", "--la"], "option '--la' is ambiguous: --layout, --layout-timeout"),
        (["good.json", "-f"], "option '--format' requires a value: json, dot, svg, graphml, gexf, html"),
        (["good.json", "-q=1"], "unknown option '-='"),
        (["good.json", "--quiet=1"], "option '--quiet' takes no value"),
        (["good.json", "--max-evidence", "x"], "invalid --max-evidence 'x': expected a number "
                                               "from 0 to 1000000"),
        (["-", "-"], "'-' (standard input) is given 2 times; it can be read once"),
    ]
    for args, message in cases:
        p = run(["merge"] + args, tmp)
        check(p.returncode == 2 and p.stderr.decode() == "parley merge: %s\n%s"
              % (message, TRY_MERGE_HELP), "merge usage %r" % args, p)
    p = ok(["merge", "--help"], tmp)
    check(p.stdout.startswith(b"Usage: parley merge [OPTIONS] GRAPH.json...\n") and
          b"--output" in p.stdout and b"Exit status" in p.stdout, "merge --help", p)
    p = ok(["--help"], tmp)
    check(b"parley merge [OPTIONS]" in p.stdout, "parley --help does not mention merge", p)
    for opt in (b"--input-format=FORMAT", b"-j, --jobs=N", b"--max-evidence=N", b"--progress"):
        check(opt in p.stdout, "parley --help does not list %r" % opt, p)


def test_gnu_parallel_recipe(tmp):
    """The recipe of docs/corpus.md: GNU parallel runs parley on 5 articles a job,
    one JSON per job, and `parley merge` gives the one-run graph."""
    parallel = shutil.which("parallel")
    check(parallel is not None, "GNU parallel is missing: run scripts/setup.sh")
    parts = os.path.join(tmp, "parts")
    os.mkdir(parts)
    cmd = ("find tests/devset tests/devset2 -name '*.txt' | sort | "
           "parallel --will-cite -N 5 '%s -q -j 1 -f json -o - {} > %s/part{#}.json'"
           % (BIN, parts))
    p = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], cwd=SOURCE_DIR,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    check(p.returncode == 0, "parallel failed", p)
    files = sorted(glob.glob(os.path.join(parts, "*.json")))
    check(len(files) == (len(corpus_files()) + 4) // 5, "parts: %d" % len(files))
    for fmt in ("json", "dot"):
        p = ok(["merge", "-f", fmt, "-o", "-"] + files, tmp)
        check(p.stdout == graph_of(corpus_files(), fmt, tmp), "parallel + merge != one run "
              "(%s)" % fmt)


def main():
    return harness.run_tests(globals(), "parley-corpus-")


if __name__ == "__main__":
    sys.exit(main())
