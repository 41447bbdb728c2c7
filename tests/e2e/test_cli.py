#!/usr/bin/python3
"""End-to-end tests of the parley command line: options, messages, exit
statuses, output naming, atomic writes and determinism.

These check only what the CLI does, never which entities the extractor
finds, so they hold whatever the extractor's state. Run by ctest with
PARLEY_BIN set; by hand: PARLEY_BIN=build/parley /usr/bin/python3 tests/e2e/test_cli.py
"""

import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import traceback

import harness  # noqa: E402  (tests/e2e/harness.py)
import xml.etree.ElementTree as ET

SOURCE_DIR = os.environ.get(
    "PARLEY_SOURCE_DIR", os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
BIN = os.path.abspath(os.environ.get("PARLEY_BIN", os.path.join(SOURCE_DIR, "build", "parley")))

ARTICLE = (b" date 2021-07-28\n"
           b"Chinese Foreign Minister Wang Yi met a Taliban delegation led by Mullah Abdul\n"
           b"Ghani Baradar in Tianjin on Wednesday. Wang said China respects Afghanistan's\n"
           b"sovereignty. The talks followed a visit to Turkmenistan.\n")

TRY_HELP = "Try 'parley --help' for more information.\n"
EXTS = ("dot", "svg", "json")
OPTIONS_IN_HELP = ["-f", "--format", "-o", "--output", "--name", "--layout", "--doc-date",
                   "--gazetteer", "--strict", "--title", "-q", "--quiet", "-h", "--help",
                   "-V", "--version"]


def version():
    with open(os.path.join(SOURCE_DIR, "include", "parley", "parley.h")) as f:
        return re.search(r'#define PARLEY_VERSION "([^"]+)"', f.read()).group(1)


def run(args, cwd, stdin=b"", preexec_fn=None, stdout=subprocess.PIPE):
    return subprocess.run([BIN] + list(args), cwd=cwd, input=stdin, stdout=stdout,
                          stderr=subprocess.PIPE, timeout=120, preexec_fn=preexec_fn)


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def check(cond, what, proc=None):
    if not cond:
        if proc is not None:
            what += "\n  exit %d\n  stderr: %r\n  stdout: %r" % (
                proc.returncode, proc.stderr.decode("utf-8", "replace"),
                (proc.stdout or b"")[:300])
        raise AssertionError(what)


def check_outputs(directory, name):
    """NAME.dot, NAME.svg and NAME.json exist and each reads back."""
    for ext in EXTS:
        path = os.path.join(directory, "%s.%s" % (name, ext))
        check(os.path.isfile(path), "missing %s (have %s)" % (path, sorted(os.listdir(directory))))
    dot = read(os.path.join(directory, name + ".dot"))
    check(re.match(rb"\s*(strict\s+)?digraph\b", dot) is not None, "DOT does not start a digraph")
    root = ET.fromstring(read(os.path.join(directory, name + ".svg")))
    check(root.tag.endswith("svg"), "SVG root is %s" % root.tag)
    doc = json.loads(read(os.path.join(directory, name + ".json")))
    check(isinstance(doc["graph"]["nodes"], dict), "JSON graph.nodes is not an object")


def only_files(directory, names, proc=None):
    have = sorted(os.listdir(directory))
    check(have == sorted(names), "%s holds %s, expected %s" % (directory, have, sorted(names)), proc)


def usage_error(tmp, args, message):
    p = run(args, tmp)
    check(p.returncode == 2, "%r: exit %d, expected 2" % (args, p.returncode), p)
    err = p.stderr.decode()
    check(err.startswith("parley: "), "%r: message does not start with 'parley: '" % (args,), p)
    check(message in err, "%r: stderr lacks %r" % (args, message), p)
    check(err.endswith(TRY_HELP), "%r: stderr does not end with the --help hint" % (args,), p)
    check(p.stdout == b"", "%r: usage error wrote to stdout" % (args,), p)
    check(not os.path.exists(os.path.join(tmp, "output")), "%r: usage error wrote output/" % (args,))


# ---- the tests: each gets a fresh, empty working directory -------------------

def test_help(tmp):
    for flag in ("--help", "-h"):
        p = run([flag], tmp)
        check(p.returncode == 0 and p.stderr == b"", flag + " failed", p)
        out = p.stdout.decode()
        check(out.startswith("Usage: parley [OPTIONS] FILE..."), flag + ": no usage line", p)
        for opt in OPTIONS_IN_HELP:
            check(re.search(r"(^|[\s,])%s\b" % re.escape(opt), out) is not None,
                  "%s does not list %s" % (flag, opt))
        check("Exit status" in out, "--help does not give the exit statuses")
    check(not os.listdir(tmp), "--help wrote files")


def test_version(tmp):
    for flag in ("--version", "-V"):
        p = run([flag], tmp)
        check(p.returncode == 0 and p.stdout == ("parley %s\n" % version()).encode()
              and p.stderr == b"", flag, p)


def test_usage_errors(tmp):
    write(os.path.join(tmp, "a.txt"), ARTICLE)
    cases = [
        (["--bogus", "a.txt"], "unknown option '--bogus'"),
        (["--bogus=3", "a.txt"], "unknown option '--bogus'"),
        (["-x", "a.txt"], "unknown option '-x'"),
        (["--quiet=yes", "a.txt"], "option '--quiet' takes no value"),
        (["a.txt", "--format"], "option '--format' requires a value"),
        (["a.txt", "-f"], "option '--format' requires a value"),
        (["a.txt", "-o"], "option '--output' requires a value"),
        (["a.txt", "--doc-date"], "option '--doc-date' requires a value"),
        (["--format", "gif", "a.txt"], "unknown format 'gif'"),
        (["--format", "gif", "a.txt"], "dot, svg, json, graphml, gexf, csv, png, pdf, html"),
        (["--theme", "blue", "a.txt"], "unknown theme 'blue' (allowed: light, dark)"),
        (["--cluster-by", "party", "a.txt"], "unknown --cluster-by 'party' (allowed: country, none)"),
        (["-f", "png,pdf", "-o", "-", "a.txt"], "'--output -' writes one format"),
        (["-f", "dot,,json", "a.txt"], "unknown format ''"),
        (["-f", "dot,PDF", "a.txt"], "unknown format 'PDF'"),
        (["--layout", "spring", "a.txt"], "unknown layout 'spring'"),
        (["--layout", "spring", "a.txt"], "dot, neato, fdp, sfdp, circo, twopi"),
        (["--doc-date", "2021-02-30", "a.txt"], "invalid --doc-date '2021-02-30'"),
        (["--doc-date", "28/07/2021", "a.txt"], "invalid --doc-date '28/07/2021'"),
        (["--doc-date", "2021-7-28", "a.txt"], "YYYY-MM-DD"),
        (["-o", "-", "a.txt"], "'--output -' writes one format"),
        (["-o", "-", "-f", "dot,json", "a.txt"], "'--output -' writes one format"),
        (["-o", "-", "-f", "dot", "-f", "svg", "a.txt"], "'--output -' writes one format"),
        (["-o", "", "a.txt"], "--output needs a directory"),
        (["--name", "a/b", "a.txt"], "invalid --name 'a/b'"),
        (["--name", "..", "a.txt"], "invalid --name '..'"),
        ([], "no input files"),
        (["-f", "json"], "no input files"),
        (["-", "-"], "standard input"),
    ]
    for args, message in cases:
        usage_error(tmp, args, message)


def test_missing_input(tmp):
    p = run(["-o", "out", "nosuch.txt"], tmp)
    check(p.returncode == 1, "missing file: exit %d" % p.returncode, p)
    check(p.stderr.decode().startswith("parley: nosuch.txt: No such file or directory\n"),
          "missing file: message", p)
    check(not os.path.exists(os.path.join(tmp, "out")), "no input read, yet output written")


def test_directory_input(tmp):
    os.mkdir(os.path.join(tmp, "adir"))
    p = run(["-o", "out", "adir"], tmp)
    check(p.returncode == 1, "directory: exit %d" % p.returncode, p)
    check(p.stderr.decode().startswith("parley: adir: no .txt files in this directory\n"),
          "directory: message", p)
    check(not os.path.exists(os.path.join(tmp, "out")), "no input read, yet output written")


def test_unreadable_input(tmp):
    if os.geteuid() == 0:
        return  # root reads a mode-000 file anyway
    path = os.path.join(tmp, "secret.txt")
    write(path, ARTICLE)
    os.chmod(path, 0)
    p = run(["-o", "out", "secret.txt"], tmp)
    check(p.returncode == 1 and p.stderr.decode().startswith(
        "parley: secret.txt: Permission denied\n"), "unreadable file", p)


def test_bad_input_among_good(tmp):
    """A failing input is reported, the others still give outputs, exit 1."""
    write(os.path.join(tmp, "a.txt"), ARTICLE)
    os.mkdir(os.path.join(tmp, "adir"))
    p = run(["-o", "out", "a.txt", "nosuch.txt", "adir"], tmp)
    check(p.returncode == 1, "exit %d, expected 1" % p.returncode, p)
    err = p.stderr.decode()
    check("parley: nosuch.txt: No such file or directory\n" in err, "missing file not reported", p)
    check("parley: adir: no .txt files in this directory\n" in err, "directory not reported", p)
    check_outputs(os.path.join(tmp, "out"), "graph")
    only_files(os.path.join(tmp, "out"), ["graph.dot", "graph.svg", "graph.json"])


def test_empty_file(tmp):
    write(os.path.join(tmp, "empty.txt"), b"")
    p = run(["-o", "out", "empty.txt"], tmp)
    check(p.returncode == 0, "empty file: exit %d" % p.returncode, p)
    check_outputs(os.path.join(tmp, "out"), "empty")
    doc = json.loads(read(os.path.join(tmp, "out", "empty.json")))
    check(len(doc["graph"]["nodes"]) == 0, "empty file gave nodes")
    check(len(doc["graph"].get("edges", [])) == 0, "empty file gave edges")


def test_output_directory_created(tmp):
    write(os.path.join(tmp, "article.txt"), ARTICLE)
    p = run(["-o", "deep/er/out", "article.txt"], tmp)
    check(p.returncode == 0, "-o deep/er/out", p)
    out = os.path.join(tmp, "deep", "er", "out")
    check_outputs(out, "article")
    only_files(out, ["article.dot", "article.svg", "article.json"])
    # A trailing slash and an existing directory are fine too.
    p = run(["-o", "deep/er/out/", "-f", "json", "article.txt"], tmp)
    check(p.returncode == 0, "-o with trailing slash", p)
    only_files(out, ["article.dot", "article.svg", "article.json"])


def test_default_output_and_permissions(tmp):
    write(os.path.join(tmp, "news.story.txt"), ARTICLE)
    p = run(["news.story.txt"], tmp, preexec_fn=lambda: os.umask(0o022))
    check(p.returncode == 0, "default output", p)
    out = os.path.join(tmp, "output")
    check_outputs(out, "news.story")
    for ext in EXTS:
        mode = os.stat(os.path.join(out, "news.story." + ext)).st_mode & 0o777
        check(mode == 0o644, "news.story.%s has mode %o, expected 644 under umask 022" % (ext, mode))


def test_name_and_formats(tmp):
    write(os.path.join(tmp, "article.txt"), ARTICLE)
    p = run(["--name", "custom", "-o", "out", "article.txt"], tmp)
    check(p.returncode == 0, "--name", p)
    only_files(os.path.join(tmp, "out"), ["custom.dot", "custom.svg", "custom.json"])
    p = run(["-o", "two", "-f", "json", "--format=dot", "article.txt"], tmp)
    check(p.returncode == 0, "-f json --format=dot", p)
    only_files(os.path.join(tmp, "two"), ["article.dot", "article.json"])
    p = run(["-o", "comma", "-f", "svg,json", "article.txt"], tmp)
    check(p.returncode == 0, "-f svg,json", p)
    only_files(os.path.join(tmp, "comma"), ["article.svg", "article.json"])
    # Options may follow the files; '--' ends the options.
    write(os.path.join(tmp, "-f.txt"), ARTICLE)
    p = run(["article.txt", "-o", "after", "--", "-f.txt"], tmp)
    check(p.returncode == 0, "options after files, then --", p)
    only_files(os.path.join(tmp, "after"), ["graph.dot", "graph.svg", "graph.json"])


def test_layouts_and_title(tmp):
    write(os.path.join(tmp, "a.txt"), ARTICLE)
    for engine in ("dot", "neato", "fdp", "sfdp", "circo", "twopi"):
        p = run(["-f", "svg", "-o", "-", "--layout", engine, "--title", "T <&> \"q\"", "a.txt"], tmp)
        check(p.returncode == 0, "--layout " + engine, p)
        ET.fromstring(p.stdout)


def test_stdin(tmp):
    p = run(["-o", "out", "-"], tmp, stdin=ARTICLE)
    check(p.returncode == 0, "stdin to a directory", p)
    check_outputs(os.path.join(tmp, "out"), "stdin")
    only_files(os.path.join(tmp, "out"), ["stdin.dot", "stdin.svg", "stdin.json"])
    p = run(["-f", "json", "-o", "-", "-"], tmp, stdin=ARTICLE)
    check(p.returncode == 0, "stdin to stdout", p)
    doc = json.loads(p.stdout)
    check(isinstance(doc["graph"]["nodes"], dict), "stdin to stdout: not a JSON graph")
    check(sorted(os.listdir(tmp)) == ["out"], "-o - wrote files: %s" % os.listdir(tmp))


def test_scoring_call(tmp):
    """The exact call the scorer makes prints JSON and writes no file."""
    write(os.path.join(tmp, "a.txt"), ARTICLE)
    p = run(["--format", "json", "--output", "-", "a.txt"], tmp)
    check(p.returncode == 0, "scoring call", p)
    doc = json.loads(p.stdout)
    check(doc["graph"]["directed"] is True, "graph.directed is not true")
    for fmt in ("dot", "svg"):
        p = run(["--format", fmt, "--output", "-", "a.txt"], tmp)
        check(p.returncode == 0 and p.stdout, "-f %s -o -" % fmt, p)
    check(sorted(os.listdir(tmp)) == ["a.txt"], "-o - wrote files: %s" % os.listdir(tmp))


def test_output_under_a_file(tmp):
    """An output directory that cannot be created: exit 1, nothing written."""
    write(os.path.join(tmp, "a.txt"), ARTICLE)
    write(os.path.join(tmp, "somefile"), b"x")
    p = run(["-o", "somefile/sub", "a.txt"], tmp)
    check(p.returncode == 1, "-o somefile/sub: exit %d" % p.returncode, p)
    check(p.stderr.decode().startswith("parley: somefile/sub: Not a directory\n"), "message", p)
    check(read(os.path.join(tmp, "somefile")) == b"x", "somefile changed")
    only_files(tmp, ["a.txt", "somefile"])


def limit_file_size(limit):
    def preexec():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return preexec


def test_full_disk_leaves_targets(tmp):
    """Writes that fail part-way (ulimit -f) replace no file and leave no temp."""
    write(os.path.join(tmp, "a.txt"), ARTICLE)
    out = os.path.join(tmp, "out")
    os.mkdir(out)
    for ext in EXTS:
        write(os.path.join(out, "a." + ext), b"SENTINEL " + ext.encode() + b"\n")
    for limit in (0, 1):
        p = run(["-o", "out", "a.txt"], tmp, preexec_fn=limit_file_size(limit))
        check(p.returncode == 1, "ulimit -f %d bytes: exit %d" % (limit, p.returncode), p)
        err = p.stderr.decode()
        for ext in EXTS:
            check(re.search(r"^parley: out/a\.%s: (.*: )?File too large$" % ext, err, re.M),
                  "ulimit -f %d: a.%s failure not reported" % (limit, ext), p)
            check(read(os.path.join(out, "a." + ext)) == b"SENTINEL " + ext.encode() + b"\n",
                  "ulimit -f %d: a.%s was replaced" % (limit, ext))
        only_files(out, ["a.dot", "a.svg", "a.json"], p)
    # Without the limit the same run replaces all three.
    p = run(["-o", "out", "a.txt"], tmp)
    check(p.returncode == 0, "unlimited run", p)
    check_outputs(out, "a")
    only_files(out, ["a.dot", "a.svg", "a.json"])


def test_full_stdout(tmp):
    """A full disk on stdout is an error (exit 1), not a silent truncation."""
    if not os.path.exists("/dev/full"):
        return
    write(os.path.join(tmp, "a.txt"), ARTICLE)
    with open("/dev/full", "wb") as full:
        p = run(["-f", "json", "-o", "-", "a.txt"], tmp, stdout=full)
        check(p.returncode == 1, "-o - to /dev/full: exit %d" % p.returncode, p)
        check(p.stderr.decode().startswith("parley: stdout: No space left on device"),
              "-o - to /dev/full: message", p)
        p = run(["--help"], tmp, stdout=full)
        check(p.returncode == 1, "--help to /dev/full: exit %d" % p.returncode, p)
        check(p.stderr.decode().startswith("parley: stdout: "), "--help to /dev/full: message", p)


def test_deterministic(tmp):
    write(os.path.join(tmp, "a.txt"), ARTICLE)
    write(os.path.join(tmp, "b.txt"), ARTICLE.replace(b"Tianjin", b"Doha"))
    for run_dir in ("one", "two"):
        p = run(["-o", run_dir, "a.txt", "b.txt"], tmp)
        check(p.returncode == 0, "run into " + run_dir, p)
    for ext in ("dot", "json"):
        first = read(os.path.join(tmp, "one", "graph." + ext))
        check(first == read(os.path.join(tmp, "two", "graph." + ext)),
              "graph.%s differs between two identical runs" % ext)
    p = run(["-f", "json", "-o", "-", "a.txt", "b.txt"], tmp)
    check(p.returncode == 0 and p.stdout == read(os.path.join(tmp, "one", "graph.json")),
          "JSON on stdout differs from JSON in a file", p)


def test_warnings_and_quiet(tmp):
    """Warnings name the file and the byte offset; --quiet silences them."""
    write(os.path.join(tmp, "bad.txt"), b" date 2021-02-30\nIran \xff\xfe met Iraq.\n")
    p = run(["-o", "out", "bad.txt"], tmp)
    check(p.returncode == 0, "invalid UTF-8 without --strict", p)
    for line in p.stderr.decode("utf-8", "replace").splitlines():
        check(re.match(r"parley: bad\.txt: offset \d+: \S", line) is not None,
              "warning line %r is not 'parley: FILE: offset N: message'" % line, p)
    p = run(["-q", "-o", "out", "bad.txt"], tmp)
    check(p.returncode == 0 and p.stderr == b"", "--quiet still printed", p)


def test_strict(tmp):
    write(os.path.join(tmp, "bad.txt"), b"Iran \xff met Iraq.\n")
    p = run(["--strict", "-o", "out", "bad.txt"], tmp)
    check(p.returncode == 1, "--strict with invalid UTF-8: exit %d" % p.returncode, p)
    err = p.stderr.decode("utf-8", "replace")
    check(err.startswith("parley: bad.txt: ") and "bad.txt: bad.txt:" not in err,
          "--strict: message is not 'parley: bad.txt: ...'", p)
    check(not os.path.exists(os.path.join(tmp, "out")), "--strict: the only input failed, yet output")


def test_missing_gazetteer(tmp):
    write(os.path.join(tmp, "a.txt"), ARTICLE)
    p = run(["--gazetteer", "nosuch.tsv", "-o", "out", "a.txt"], tmp)
    check(p.returncode == 1, "missing gazetteer: exit %d" % p.returncode, p)
    check(p.stderr.decode().startswith("parley: nosuch.tsv: No such file or directory"),
          "missing gazetteer: message", p)
    check(not os.path.exists(os.path.join(tmp, "out")), "missing gazetteer, yet output")


def test_gazetteer_token_class_errors(tmp):
    """A token class (words.tsv) takes one word, and one value per word."""
    write(os.path.join(tmp, "a.txt"), ARTICLE)
    write(os.path.join(tmp, "two.tsv"), b"word\tcalled off\tahead\n")
    p = run(["--gazetteer", "two.tsv", "-o", "out", "a.txt"], tmp)
    check(p.returncode == 1, "two words in a token class: exit %d" % p.returncode, p)
    check(p.stderr.decode() == "parley: two.tsv:1: 'called off': this word class takes one word\n",
          "two words in a token class: message", p)
    write(os.path.join(tmp, "val.tsv"),
          b"word\tthree-day\tduration\t3\nword\tthree-day\tduration\t4\n")
    p = run(["--gazetteer", "val.tsv", "-o", "out", "a.txt"], tmp)
    check(p.returncode == 1, "two values: exit %d" % p.returncode, p)
    check(p.stderr.decode() == "parley: val.tsv:2: 'three-day' already has another value\n",
          "two values: message", p)
    check(not os.path.exists(os.path.join(tmp, "out")), "bad gazetteer, yet output")
    # The same word again with the same value is no error.
    write(os.path.join(tmp, "ok.tsv"), b"word\tthree-day\tduration\t3\nword\ttwo-day\tduration\t2\n")
    p = run(["--gazetteer", "ok.tsv", "-o", "out", "a.txt"], tmp)
    check(p.returncode == 0, "a token class word given again: exit %d" % p.returncode, p)


def main():
    return harness.run_tests(globals(), "parley-cli-")


if __name__ == "__main__":
    sys.exit(main())
