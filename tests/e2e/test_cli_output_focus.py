#!/usr/bin/python3
"""The parley command: --output naming one file (FILE.EXT), --focus by
surname, and diagram titles that show file names, not paths as typed.

Run by ctest with PARLEY_BIN set; by hand:
PARLEY_BIN=build/parley /usr/bin/python3 tests/e2e/test_cli_output_focus.py
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SOURCE_DIR = os.environ.get(
    "PARLEY_SOURCE_DIR", os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
BIN = os.path.abspath(os.environ.get("PARLEY_BIN", os.path.join(SOURCE_DIR, "build", "parley")))
TRY_HELP = "Try 'parley --help' for more information.\n"

ARTICLE = (" date 2025-03-01\n"
           "US President Donald Trump met Ukrainian President Volodymyr Zelensky in "
           "Washington on Friday. South Korean and North Korean envoys held talks in "
           "Panmunjom on Thursday.\n")

failures = []


def check(cond, what, proc=None):
    if not cond:
        if proc is not None:
            what += "\n  exit %d\n  stderr: %r" % (proc.returncode, proc.stderr.decode())
        failures.append(what)
        print("FAIL " + what)
    return cond


def run(args, cwd):
    return subprocess.run([BIN] + args, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          timeout=120)


def files_under(d):
    out = []
    for root, _, names in os.walk(d):
        out += [os.path.relpath(os.path.join(root, n), d) for n in names]
    return sorted(out)


def test_output_file(tmp):
    with open(os.path.join(tmp, "a.txt"), "w") as f:
        f.write(ARTICLE)
    want = run(["-f", "json", "-o", "-", "a.txt"], tmp).stdout
    for args in (["-o", "nl.json"], ["-f", "json", "-o", "nl.json"], ["-o", "nl.json", "-f", "json"]):
        work = os.path.join(tmp, "w")
        os.mkdir(work)
        shutil.copy(os.path.join(tmp, "a.txt"), work)
        p = run(args + ["a.txt"], work)
        check(p.returncode == 0 and p.stderr == b"", "parley %s" % " ".join(args), p)
        check(files_under(work) == ["a.txt", "nl.json"],
              "%s writes the one file nl.json: %r" % (args, files_under(work)))
        with open(os.path.join(work, "nl.json"), "rb") as f:
            check(f.read() == want, "%s holds the JSON of -o -" % args)
        shutil.rmtree(work)

    # Another format and style; parent folders created as for a directory.
    p = run(["-o", "sub/deeper/g.svg", "a.txt"], tmp)
    check(p.returncode == 0, "-o sub/deeper/g.svg", p)
    ET.parse(os.path.join(tmp, "sub", "deeper", "g.svg"))
    check(files_under(os.path.join(tmp, "sub")) == ["deeper/g.svg"], "only g.svg is written")
    p = run(["--json-style", "node-link", "-o", "nl2.json", "a.txt"], tmp)
    with open(os.path.join(tmp, "nl2.json")) as f:
        check(p.returncode == 0 and "links" in json.load(f), "-o FILE.json keeps --json-style")

    # A directory: no extension, a trailing '/', an existing directory, or
    # an extension that is no format's.
    for target, listing in (("out", ["a.dot", "a.json", "a.svg"]),
                            ("x.json/", ["a.dot", "a.json", "a.svg"]),
                            ("res.v2", ["a.dot", "a.json", "a.svg"])):
        p = run(["-o", target, "a.txt"], tmp)
        check(p.returncode == 0 and files_under(os.path.join(tmp, target)) == listing,
              "-o %s is a directory: %r" % (target, files_under(os.path.join(tmp, target))), p)
    os.mkdir(os.path.join(tmp, "d.json"))
    p = run(["-f", "json", "-o", "d.json", "a.txt"], tmp)
    check(p.returncode == 0 and files_under(os.path.join(tmp, "d.json")) == ["a.json"],
          "an existing directory d.json stays a directory", p)

    # Disagreements are usage errors, and nothing is written.
    for args, message in (
            (["-f", "svg", "-o", "y.json"], "--output y.json: the extension says json, but "
                                            "--format says svg"),
            (["-f", "dot,json", "-o", "y.json"], "--output y.json names one file, but --format "
                                                 "chose dot, json; give one format, or a "
                                                 "directory with --output"),
            (["-o", "y.json"], None),
            (["-o", "y.csv"], "--output y.csv: csv is two files, NAME.nodes.csv and "
                              "NAME.edges.csv; give a directory with --output"),
            (["-f", "csv", "-o", "y.csv"], "--output y.csv: csv is two files, NAME.nodes.csv "
                                           "and NAME.edges.csv; give a directory with --output"),
            (["--name", "z", "-o", "y.dot"], "--name names files in an output directory, but "
                                             "--output y.dot is a file"),
            (["-f", "json", "-o", "/dev/null"], None),
            (["-o", "/dev/null"], "--output /dev/null exists and is not a directory; give a "
                                  "directory, a file such as graph.json, or '-' for standard "
                                  "output (a device takes one --format)"),
            (["-o", "a.txt"], "--output a.txt exists and is not a directory; give a directory, "
                              "a file such as graph.json, or '-' for standard output (a device "
                              "takes one --format)")):
        work = os.path.join(tmp, "u")
        os.mkdir(work)
        shutil.copy(os.path.join(tmp, "a.txt"), work)
        p = run(args + ["a.txt"], work)
        if message is None:
            check(p.returncode == 0, "%s works" % args, p)
        else:
            check(p.returncode == 2 and p.stderr.decode() == "parley: %s\n%s" % (message, TRY_HELP),
                  "%s is a usage error" % args, p)
            check(files_under(work) == ["a.txt"], "%s writes nothing: %r" % (args, files_under(work)))
        shutil.rmtree(work)


def test_focus(tmp):
    a = os.path.join(tmp, "f.txt")
    with open(a, "w") as f:
        f.write(ARTICLE)

    def nodes(p):
        return sorted(json.loads(p.stdout)["graph"]["nodes"])

    for focus in ("Trump", "trump", "TRUMP", "Donald Trump", "official:donald-trump"):
        p = run(["-f", "json", "-o", "-", "--view", "officials", "--focus", focus, a], tmp)
        check(p.returncode == 0 and nodes(p) == ["official:donald-trump",
                                                  "official:volodymyr-zelensky"],
              "--focus %s finds Donald Trump" % focus, p)
    p = run(["-f", "json", "-o", "-", "--view", "countries", "--focus", "korea", a], tmp)
    check(p.returncode == 1 and p.stderr.decode() ==
          "parley: focus 'korea' is ambiguous: South Korea (country:KOR), North Korea (country:PRK)\n",
          "several surname matches are listed", p)
    # A whole word only: "ump" is no surname of Donald Trump.
    p = run(["-f", "json", "-o", "-", "--focus", "ump", a], tmp)
    check(p.returncode == 1 and p.stderr.decode().startswith(
        "parley: no node of the full view is named 'ump'; candidates: Donald Trump"),
        "a part of a word is only a candidate", p)


def test_titles(tmp):
    sub = os.path.join(tmp, "news", "2025")
    os.makedirs(sub)
    for name in ("a.txt", "b.txt"):
        with open(os.path.join(sub, name), "w") as f:
            f.write(ARTICLE)

    def title(args):
        p = run(["-f", "dot", "-o", "-"] + args, tmp)
        m = re.search(r'^\t\tlabel="([^"]*)"', p.stdout.decode(), re.M)
        return m.group(1) if m else p.stderr.decode()

    for typed in ("news/2025/a.txt", os.path.join(sub, "a.txt"), "./news/../news/2025/a.txt"):
        got = title([typed])
        check(got == "a.txt (2025-03-01)", "the title of %s is %r" % (typed, got))
    got = title([os.path.join(sub, "a.txt"), "news/2025/b.txt"])
    check(got == "2 articles: a.txt, b.txt", "the title of two articles is %r" % got)
    got = title(["--title", "news/x", "news/2025/a.txt"])
    check(got == "news/x", "--title is kept as given: %r" % got)
    p = run(["-f", "json", "-o", "-", os.path.join(sub, "a.txt")], tmp)
    docs = json.loads(p.stdout)["graph"]["metadata"]["documents"]
    check(docs[0]["id"] == os.path.join(sub, "a.txt"),
          "the evidence keeps the path as typed: %r" % docs)


def main():
    tmp = tempfile.mkdtemp(prefix="parley-cli-test-")
    try:
        for name, test in (("output", test_output_file), ("focus", test_focus),
                           ("titles", test_titles)):
            d = os.path.join(tmp, name)
            os.mkdir(d)
            test(d)
    finally:
        shutil.rmtree(tmp)
    if failures:
        print("%d failed" % len(failures))
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
