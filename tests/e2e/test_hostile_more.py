#!/usr/bin/python3
"""test_hostile_more.py: more hostile inputs, through the parley command:
outputs that are not regular files (FIFOs, devices, /dev/stdout-like links,
links to files), XML-invalid code points on the way to SVG, special files
and link fan-out in input directories, endless JSON lines, numbers past
jansson's range, impossible dates, file names that are not UTF-8, graphs parley cannot have written given
to `parley merge`, merge = one run, merge in linear time, messages that say
what happened, and the CSV pair written by two runs at once.

The runner, limits and read-back helpers are test_hostile.py's: every run
ends within 60 s (180 s under the sanitizers) and within its memory bound.
docs/hostile-inputs.md maps each class to its test here.
Run by ctest with PARLEY_BIN set; by hand:
  PARLEY_BIN=build/parley /usr/bin/python3 tests/e2e/test_hostile_more.py [test_name...]
"""

import json
import os
import resource
import shutil
import socket
import stat
import subprocess
import sys
import threading

import harness  # noqa: E402  (tests/e2e/harness.py)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_hostile import (ARTICLE, BIN, MB, SOURCE_DIR, TIMEOUT, check, dot_readback,  # noqa: E402
                          parse_json, read, run, svg_check, write)

IS_ROOT = os.geteuid() == 0
# The timing test's sizes: an eighth under the sanitizers (ten times slower).
SCALE = 8 if harness.sanitized() else 1
MEETING = "Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov in Moscow"


def graph_of(data):
    return parse_json(data)["graph"]


def meeting_dates(data):
    g = graph_of(data)
    return sorted(str(n["metadata"].get("date")) for k, n in g["nodes"].items()
                  if k.startswith("meeting:"))


def make_part(tmp, name="g.json", article=ARTICLE):
    write(os.path.join(tmp, "a.txt"), article)
    r = run(["-f", "json", "-o", "-", "a.txt"], tmp)
    check(r.returncode == 0, "part", r)
    write(os.path.join(tmp, name), r.stdout)
    return r.stdout


class FifoReader(threading.Thread):
    """Reads a FIFO to its end in the background (parley blocks opening a
    FIFO until someone reads it, as any writer does)."""

    def __init__(self, path):
        super().__init__(daemon=True)
        self.path, self.data = path, None
        self.start()

    def run(self):
        with open(self.path, "rb") as f:
            self.data = f.read()


# ---- outputs that are not regular files --------------------------------------

def test_merge_output_not_replaced(tmp):
    part = make_part(tmp)
    # A symbolic link to a regular file: the file is replaced, the link kept.
    write(os.path.join(tmp, "real.json"), "old")
    os.symlink("real.json", os.path.join(tmp, "link.json"))
    r = run(["merge", "g.json", "-o", "link.json"], tmp)
    check(r.returncode == 0 and r.err == "", "merge -o link", r)
    check(os.path.islink(os.path.join(tmp, "link.json")), "the link was replaced")
    check(read(os.path.join(tmp, "real.json")) == part, "the linked file holds the graph")
    # A dangling link: its target is created, the link kept.
    os.symlink("new.json", os.path.join(tmp, "dangling.json"))
    r = run(["merge", "g.json", "-o", "dangling.json"], tmp)
    check(r.returncode == 0 and os.path.islink(os.path.join(tmp, "dangling.json")) and
          read(os.path.join(tmp, "new.json")) == part, "merge -o dangling link", r)
    # A link to standard output (what /dev/stdout is): written through to
    # the pipe, the link kept.
    os.symlink("/proc/self/fd/1", os.path.join(tmp, "s.json"))
    p = subprocess.run([BIN, "merge", "g.json", "-o", "s.json"], cwd=tmp, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=TIMEOUT)
    check(p.returncode == 0 and p.stdout == part and p.stderr == b"",
          "merge -o link to stdout: exit %d, %d bytes, %r" % (p.returncode, len(p.stdout),
                                                               p.stderr))
    check(os.path.islink(os.path.join(tmp, "s.json")), "the stdout link was replaced")
    # A FIFO: written through, still a FIFO.
    fifo = os.path.join(tmp, "f.json")
    os.mkfifo(fifo)
    reader = FifoReader(fifo)
    r = run(["merge", "g.json", "-o", "f.json"], tmp)
    reader.join(TIMEOUT)
    check(r.returncode == 0 and reader.data == part, "merge -o FIFO", r)
    check(stat.S_ISFIFO(os.lstat(fifo).st_mode), "the FIFO became a plain file")
    # A character device (a private copy of /dev/null): still a device.
    if IS_ROOT:
        null = os.path.join(tmp, "null")
        os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        r = run(["merge", "g.json", "-f", "json", "-o", "null"], tmp)
        check(r.returncode == 0 and r.err == "", "merge -o device", r)
        check(stat.S_ISCHR(os.lstat(null).st_mode), "the device became a plain file")
    # A socket cannot be opened for writing: the system's reason, kept.
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(os.path.join(tmp, "sock.json"))
    r = run(["merge", "g.json", "-o", "sock.json"], tmp)
    sock.close()
    check(r.returncode == 1 and r.err == "parley: sock.json: No such device or address\n" and
          stat.S_ISSOCK(os.lstat(os.path.join(tmp, "sock.json")).st_mode), "merge -o socket", r)
    # A regular file is still replaced by a rename (a new inode).
    write(os.path.join(tmp, "plain.json"), "old")
    before = os.stat(os.path.join(tmp, "plain.json")).st_ino
    r = run(["merge", "g.json", "-o", "plain.json"], tmp)
    check(r.returncode == 0 and read(os.path.join(tmp, "plain.json")) == part and
          os.stat(os.path.join(tmp, "plain.json")).st_ino != before, "merge -o file", r)
    check(sorted(os.listdir(tmp)) == sorted(["a.txt", "g.json", "real.json", "link.json",
                                             "dangling.json", "new.json", "s.json", "f.json",
                                             "sock.json", "plain.json"] +
                                            (["null"] if IS_ROOT else [])),
          "files left: %s" % sorted(os.listdir(tmp)))


def test_named_outputs_not_replaced(tmp):
    write(os.path.join(tmp, "a.txt"), ARTICLE)
    out = os.path.join(tmp, "out")
    os.makedirs(out)
    os.mkfifo(os.path.join(out, "a.json"))
    write(os.path.join(tmp, "elsewhere.dot"), "old")
    os.symlink("../elsewhere.dot", os.path.join(out, "a.dot"))
    if IS_ROOT:
        os.mknod(os.path.join(out, "a.svg"), 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    reader = FifoReader(os.path.join(out, "a.json"))
    r = run(["-f", "json,dot,svg", "-o", "out", "a.txt"], tmp)
    reader.join(TIMEOUT)
    check(r.returncode == 0 and r.err == "", "outputs through special files", r)
    check(graph_of(reader.data)["metadata"]["documents"][0]["id"] == "a.txt", "JSON via FIFO")
    check(stat.S_ISFIFO(os.lstat(os.path.join(out, "a.json")).st_mode), "FIFO replaced")
    check(os.path.islink(os.path.join(out, "a.dot")), "link replaced")
    dot_readback(os.path.join(tmp, "elsewhere.dot"))
    if IS_ROOT:
        check(stat.S_ISCHR(os.lstat(os.path.join(out, "a.svg")).st_mode), "device replaced")


def test_stdout_error_said_once(tmp):
    write(os.path.join(tmp, "a.txt"), ARTICLE)
    make_part(tmp)
    for args in (["-f", "json", "-o", "-", "a.txt"], ["merge", "g.json"]):
        # Closed: the system's reason, once.
        p = subprocess.run(["/bin/sh", "-c", 'exec "$0" "$@" >&-', BIN] + args, cwd=tmp,
                           stderr=subprocess.PIPE, timeout=TIMEOUT)
        check(p.returncode == 1 and p.stderr == b"parley: stdout: Bad file descriptor\n",
              "closed stdout %r: exit %d, %r" % (args, p.returncode, p.stderr))
        # Full: likewise.
        with open("/dev/full", "wb") as full:
            p = subprocess.run([BIN] + args, cwd=tmp, stdout=full, stderr=subprocess.PIPE,
                               timeout=TIMEOUT)
        check(p.returncode == 1 and p.stderr == b"parley: stdout: No space left on device\n",
              "full stdout %r: exit %d, %r" % (args, p.returncode, p.stderr))


# ---- XML-invalid code points on the way to SVG and DOT ----------------------------

def test_svg_noncharacters(tmp):
    bad = "\ufffe\uffff\x01\x1b\x7f\u0085"
    write(os.path.join(tmp, "a%s.txt" % bad[:2]),
          " date 2025-03-10\nWang Yi met Lavrov in Moscow on Monday %s.\n%s.\n"
          % (bad, MEETING))
    r = run(["-f", "svg,dot,json,graphml,gexf", "--title", "T" + bad + "itle", "-o", "o",
             "a%s.txt" % bad[:2]], tmp)
    check(r.returncode == 0 and r.err == "", "run", r)
    base = os.path.join(tmp, "o", "a" + bad[:2])
    svg = read(base + ".svg")
    root = svg_check(svg)  # expat refuses U+FFFE, U+FFFF and C0 controls
    check(root is not None and "\ufffe".encode() not in svg and "\uffff".encode() not in svg,
          "SVG holds a non-character")
    check("Title".encode() in svg, "the title, less what XML forbids, is shown")
    dot_readback(base + ".dot")
    if shutil.which("xmllint"):
        for ext in ("svg", "graphml", "gexf"):
            p = subprocess.run(["xmllint", "--noout", base + "." + ext], stderr=subprocess.PIPE)
            check(p.returncode == 0, "xmllint %s: %r" % (ext, p.stderr[:300]))
    # JSON keeps the exact name.
    check(graph_of(read(base + ".json"))["metadata"]["documents"][0]["id"] ==
          "a%s.txt" % bad[:2], "JSON document name")


# ---- input directories --------------------------------------------------------

def test_directory_special_files(tmp):
    d = os.path.join(tmp, "news")
    os.makedirs(d)
    write(os.path.join(d, "a.txt"), ARTICLE)
    os.mkfifo(os.path.join(d, "b.txt"))
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(os.path.join(d, "c.txt"))
    os.symlink("b.txt", os.path.join(d, "d.txt"))  # a link to the FIFO
    os.symlink("a.txt", os.path.join(d, "e.txt"))  # a second path to a.txt
    expected = ("parley: news/b.txt: a FIFO, not a regular file; skipped\n"
                "parley: news/c.txt: a socket, not a regular file; skipped\n"
                "parley: news/d.txt: a FIFO, not a regular file; skipped\n"
                "parley: news/e.txt: a file already read by another path; skipped\n")
    if IS_ROOT:
        os.mknod(os.path.join(d, "f.txt"), 0o666 | stat.S_IFCHR, os.makedev(1, 5))  # zero
        os.mknod(os.path.join(d, "g.txt"), 0o666 | stat.S_IFBLK, os.makedev(7, 0))  # loop0
        expected += ("parley: news/f.txt: a character device, not a regular file; skipped\n"
                     "parley: news/g.txt: a block device, not a regular file; skipped\n")
    r = run(["-f", "json", "-o", "-", "news"], tmp)
    sock.close()
    check(r.returncode == 0 and r.err == expected, "special files skipped", r)
    check([x["id"] for x in graph_of(r.stdout)["metadata"]["documents"]] == ["news/a.txt"],
          "documents", r)
    # Only special files: nothing to read is an error, as for an empty directory.
    os.remove(os.path.join(d, "a.txt"))
    os.remove(os.path.join(d, "e.txt"))
    r = run(["-f", "json", "-o", "-", "news"], tmp)
    check(r.returncode == 1 and r.err.endswith("parley: news: no .txt files in this directory\n"
                                               "parley: no input could be read or extracted; "
                                               "nothing written\n"), "only special files", r)
    # A FIFO named on the command line is a stream: read.
    fifo = os.path.join(tmp, "stream.txt")
    os.mkfifo(fifo)

    def feed():
        with open(fifo, "wb") as f:
            f.write(ARTICLE)
    t = threading.Thread(target=feed, daemon=True)
    t.start()
    r = run(["-f", "json", "-o", "-", "stream.txt"], tmp)
    t.join(TIMEOUT)
    check(r.returncode == 0 and r.err == "" and
          graph_of(r.stdout)["metadata"]["documents"][0]["id"] == "stream.txt", "FIFO named", r)
    # JSON Lines directories skip them the same way.
    os.remove(os.path.join(d, "d.txt"))
    os.mkfifo(os.path.join(d, "x.jsonl"))
    write(os.path.join(d, "y.jsonl"), json.dumps({"text": MEETING + "."}) + "\n")
    r = run(["--input-format", "jsonl", "-f", "json", "-o", "-", "news"], tmp)
    check(r.returncode == 0 and r.err == "parley: news/x.jsonl: a FIFO, not a regular file; "
          "skipped\n", "jsonl directory", r)


def test_link_fan_out(tmp):
    """24 levels of two links each to the level below: 2^24 paths to one
    file. Each directory and file is read once."""
    base = os.path.join(tmp, "fan")
    os.makedirs(os.path.join(base, "l0"))
    write(os.path.join(base, "l0", "x.txt"), ARTICLE)
    for i in range(1, 25):
        os.makedirs(os.path.join(base, "l%d" % i))
        for name in ("a", "b"):
            os.symlink("../l%d" % (i - 1), os.path.join(base, "l%d" % i, name))
    r = run(["-f", "json", "-o", "-", "fan/l24"], tmp)
    check(r.returncode == 0, "fan-out: exit", r)
    check([x["id"] for x in graph_of(r.stdout)["metadata"]["documents"]] ==
          ["fan/l24/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/x.txt"], "read once", r)
    lines = r.err.splitlines()
    check(len(lines) == 24 and all(x.endswith(": a directory already read by another path; "
                                               "skipped") for x in lines), "one warning a level", r)
    check(r.seconds < 10, "fan-out took %.1f s" % r.seconds, r)


# ---- JSON Lines -----------------------------------------------------------------

def test_jsonl_endless_line(tmp):
    # Reported at 256 MiB, passed over up to 1 GiB, then the input ends.
    for args, last in ((["--input-format", "jsonl", "-f", "json", "-o", "out", "/dev/zero"],
                        "parley: no input could be read or extracted; nothing written\n"),
                       (["merge", "--input-format", "jsonl", "/dev/zero"],
                        "parley: an input could not be merged; nothing written\n")):
        r = run(args, tmp, memory_base=400 * MB)
        check(r.returncode == 1 and r.err ==
              "parley: /dev/zero: line 1: larger than 256 MiB; not read\n"
              "parley: /dev/zero: line 1: no end of line within 1 GiB; the rest of this input "
              "is not read\n" + last, "endless line %r" % args[0], r)
    # A JSON part of white space without end (`yes '' |`): refused at 1 MiB
    # of it, where jansson would skip it for ever.
    p = subprocess.run(["/bin/sh", "-c", "yes '' | \"$0\" merge -", BIN], cwd=tmp,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT)
    check(p.returncode == 1 and p.stderr == b"parley: stdin: line 1048577: more than 1 MiB of "
          b"white space; not a graph written by parley\n"
          b"parley: an input could not be merged; nothing written\n",
          "endless white space: exit %d, %r" % (p.returncode, p.stderr))
    # A long line that ends: skipped, and the next line read.
    with open(os.path.join(tmp, "long.jsonl"), "wb") as f:
        chunk = b" " * MB  # (a 300 MB bytes object would swell every later fork)
        for _ in range(300):
            f.write(chunk)
        f.write(b"\n")
        f.write((json.dumps({"id": "next", "text": MEETING + "."}) + "\n").encode())
    r = run(["--input-format", "jsonl", "-f", "json", "-o", "-", "long.jsonl"], tmp,
            memory_base=400 * MB)
    check(r.returncode == 1 and r.err == "parley: long.jsonl: line 1: larger than 256 MiB; "
          "not read\n", "long line", r)
    check([x["id"] for x in graph_of(r.stdout)["metadata"]["documents"]] == ["next"], "next", r)


def test_jsonl_numbers_and_bom(tmp):
    lines = [
        b"\xef\xbb\xbf" + json.dumps({"id": "first", "text": MEETING + "."}).encode(),
        b'{"views": 99999999999999999999, "id": 18446744073709551615, "text": "%s.",'
        b' "score": [1e999, -1e999, 1e-999, -99999999999999999999]}' % MEETING.encode(),
        b'{"id": "neg", "rank": -9223372036854775809, "text": "%s."}' % MEETING.encode(),
    ]
    write(os.path.join(tmp, "n.jsonl"), b"\n".join(lines) + b"\n")
    r = run(["--input-format", "jsonl", "-f", "json", "-o", "-", "n.jsonl"], tmp)
    check(r.returncode == 0 and r.err == "", "big numbers and a BOM", r)
    check(sorted(x["id"] for x in graph_of(r.stdout)["metadata"]["documents"]) ==
          ["18446744073709551615", "first", "neg"], "documents", r)
    # A number where the text should be is still a bad line.
    write(os.path.join(tmp, "t.jsonl"), '{"text": 1e999}\n')
    r = run(["--input-format", "jsonl", "-f", "json", "-o", "-", "t.jsonl"], tmp)
    check(r.returncode == 1 and r.err.startswith(
        'parley: t.jsonl: line 1: expected a JSON object with a string "text" (not JSON: '),
        "number as text", r)


# ---- dates ----------------------------------------------------------------------

def test_impossible_dates(tmp):
    cases = [("on February 30, 2025", "None"), ("on April 31", "None"),
             ("on March 3-45, 2025", "None"), ("on March 3, 4294969296", "None"),
             ("on March 3, 99999999999999999999", "None"), ("on February 29", "None"),
             ("on March 3, 2025", "2025-03-03"), ("on March 3-4, 2025", "2025-03-03/2025-03-04"),
             ("on February 29, 2024", "2024-02-29"), ("on April 30", "2025-04-30")]
    for when, date in cases:
        write(os.path.join(tmp, "d.txt"), " date 2025-05-10\n%s %s.\n" % (MEETING, when))
        r = run(["-f", "json", "-o", "-", "d.txt"], tmp)
        check(r.returncode == 0 and meeting_dates(r.stdout) == [date],
              "%r gave %r, expected %r" % (when, meeting_dates(r.stdout), date), r)


# ---- merge: one run, schema, counts, time ------------------------------------------

def article_files():
    out = []
    for d in ("tests/devset/texts", "tests/devset2/texts", "examples"):
        full = os.path.join(SOURCE_DIR, d)
        out += sorted(os.path.join(full, f) for f in os.listdir(full) if f.endswith(".txt"))
    return out


def test_merge_equals_run(tmp):
    arts = article_files()
    # One run, merged alone: the same bytes; views too.
    for extra in ([], ["--view", "countries"], ["--view", "officials"], ["--view", "meetings"]):
        r = run(["-q", "-f", "json", "-o", "-"] + extra + arts, tmp)
        check(r.returncode == 0, "run %r" % extra, r)
        write(os.path.join(tmp, "run.json"), r.stdout)
        m = run(["merge", "run.json"], tmp)
        check(m.returncode == 0 and m.stdout == r.stdout, "merge(run) != run %r" % extra, m)
    # Two halves, merged: the run over all.
    r = run(["-q", "-f", "json", "-o", "-"] + arts, tmp)
    half = len(arts) // 2
    for i, part in enumerate((arts[:half], arts[half:])):
        p = run(["-q", "-f", "json", "-o", "-"] + part, tmp)
        write(os.path.join(tmp, "p%d.json" % i), p.stdout)
    m = run(["merge", "p1.json", "p0.json"], tmp)
    check(m.returncode == 0 and m.stdout == r.stdout, "merge(A, B) != run(A + B)", m)
    # Every fuzz-corpus article alone, and all together.
    corpus = os.path.join(SOURCE_DIR, "tests/fuzz/corpus/fuzz_extract")
    files = sorted(os.path.join(corpus, f) for f in os.listdir(corpus))
    for f in files + [None]:
        r = run(["-q", "-f", "json", "-o", "-"] + (files if f is None else [f]), tmp)
        if r.returncode != 0:
            continue
        write(os.path.join(tmp, "run.json"), r.stdout)
        m = run(["merge", "run.json"], tmp)
        check(m.returncode == 0 and m.stdout == r.stdout, "merge(run) != run: %s" % f, m)


def test_document_names_not_utf8(tmp):
    """File names that differ only in bytes that are not UTF-8 are one
    document, named as JSON writes it (U+FFFD for each bad byte): in one
    run, in a merge of that run and in a merge of the two files' parts."""
    names = [os.fsdecode(b"a\x80.txt"), os.fsdecode(b"a\x81.txt")]
    for name in names:
        write(os.path.join(tmp, name), MEETING + ".\n")
    r = run(["-q", "-f", "json", "-o", "-"] + names, tmp)
    check(r.returncode == 0, "run", r)
    docs = graph_of(r.stdout)["metadata"]["documents"]
    check([d["id"] for d in docs] == ["a\ufffd.txt"], "documents: %r" % docs, r)
    write(os.path.join(tmp, "run.json"), r.stdout)
    m = run(["merge", "run.json"], tmp)
    check(m.returncode == 0 and m.stdout == r.stdout, "merge(run) != run", m)
    for i, name in enumerate(names):
        p = run(["-q", "-f", "json", "-o", "p%d.json" % i, name], tmp)
        check(p.returncode == 0, "part %d" % i, p)
    m = run(["merge", "p0.json", "p1.json"], tmp)
    check(m.returncode == 0 and m.stdout == r.stdout, "merge(parts) != run", m)


def maria_graph():
    """An official named by surname alone, twice for Sri Lanka and once for
    Ivory Coast, whose country attribute says Ivory Coast: settled first, it
    is Sri Lanka's, and folds into Maria Perera in one finish."""
    def counts(m, d):
        return {"mentions": m, "documents": d, "evidence": []}

    def node(label, typ, **attrs):
        meta = {"type": typ}
        meta.update(attrs)
        meta.update(counts(1, 1))
        return {"label": label, "metadata": meta}

    def edge(s, t, m):
        return {"source": s, "target": t, "relation": "represents", "metadata": counts(m, 1)}
    return {"graph": {"directed": True,
                      "metadata": {"documents": [{"id": "a.txt", "date": "2025-03-10"}]},
                      "nodes": {"country:CIV": node("Ivory Coast", "country", iso3="CIV"),
                                "country:LKA": node("Sri Lanka", "country", iso3="LKA"),
                                "official:maria": node("Maria", "official", country="CIV"),
                                "official:maria-perera": node("Maria Perera", "official",
                                                              country="LKA")},
                      "edges": [edge("official:maria", "country:CIV", 1),
                                edge("official:maria", "country:LKA", 2),
                                edge("official:maria-perera", "country:LKA", 1)]}}


def test_fold_after_settling(tmp):
    write(os.path.join(tmp, "m.json"), json.dumps(maria_graph()))
    once = run(["merge", "m.json"], tmp)
    check(once.returncode == 0, "merge", once)
    write(os.path.join(tmp, "once.json"), once.stdout)
    twice = run(["merge", "once.json"], tmp)
    check(twice.returncode == 0 and twice.stdout == once.stdout, "merge(merge(x)) != merge(x)",
          twice)
    nodes = graph_of(once.stdout)["nodes"]
    check("official:maria" not in nodes and "official:maria-perera" in nodes,
          "Maria folded into Maria Perera: %s" % sorted(nodes), once)


def test_merge_schema_violations(tmp):
    part = graph_of(make_part(tmp))
    prefix = "parley: bad.json: not a graph written by parley: "
    nothing = "parley: an input could not be merged; nothing written\n"

    def variant(change):
        g = json.loads(json.dumps({"graph": part}))
        change(g["graph"])
        return g

    def first_node(g, typ):
        return next(k for k, v in g["nodes"].items() if v["metadata"]["type"] == typ)

    def set_type(g):
        g["nodes"][first_node(g, "country")]["metadata"]["type"] = "meeting"

    def dup_doc(g):
        g["metadata"]["documents"].append(dict(g["metadata"]["documents"][0]))

    def big_docs(g):
        g["nodes"][first_node(g, "country")]["metadata"]["documents"] = 4294967297

    def big_offset(g):
        n = g["nodes"][first_node(g, "official")]["metadata"]
        n["evidence"][0]["end"] = 1 << 32

    def wrong_ends(g):
        e = next(e for e in g["edges"] if e["relation"] == "represents")
        e["source"], e["target"] = e["target"], e["source"]

    def unlisted(g):
        n = g["nodes"][first_node(g, "official")]["metadata"]
        n["evidence"][0]["document"] = "elsewhere.txt"

    def reversed_met(g):
        ids = sorted(k for k, v in g["nodes"].items() if v["metadata"]["type"] == "country")
        g["edges"].append({"source": ids[1], "target": ids[0], "relation": "met",
                           "metadata": {"mentions": 1, "documents": 1, "evidence": []}})

    country = first_node(part, "country")
    official = first_node(part, "official")
    rep = next(i for i, e in enumerate(part["edges"]) if e["relation"] == "represents")
    cases = [
        (lambda g: g["edges"].append(g["edges"][0]),
         "graph.edges[%d]: the same edge as an earlier one" % len(part["edges"])),
        (set_type, 'graph.nodes["%s"]: the id is not "TYPE:KEY" with the node\'s metadata.type'
         % country),
        (lambda g: g["metadata"]["documents"][0].update(date="2025-02-30"),
         "graph.metadata.documents[0].date: not a YYYY-MM-DD calendar date"),
        (lambda g: g["metadata"]["documents"][0].update(date="yesterday"),
         "graph.metadata.documents[0].date: not a YYYY-MM-DD calendar date"),
        (dup_doc, "graph.metadata.documents[1].id: the same document as an earlier one"),
        (big_docs, 'graph.nodes["%s"].metadata.documents: more than 4294967295 documents'
         % country),
        (big_offset, 'graph.nodes["%s"].metadata.evidence[0]: an offset past 4 GiB (articles '
         'are at most 256 MiB)' % official),
        (wrong_ends, "graph.edges[%d].relation: the relation does not join nodes of these types"
         % rep),
        (unlisted, 'graph.nodes["%s"].metadata.evidence[0]: evidence names a document not in '
         'graph.metadata.documents' % official),
        (reversed_met, "graph.edges[%d]: a met edge's source must come before its target in "
         "id order" % len(part["edges"])),
        (lambda g: g["nodes"][country]["metadata"].update({"": "held"}),
         'graph.nodes["%s"].metadata: an attribute with an empty name' % country),
    ]
    for change, what in cases:
        write(os.path.join(tmp, "bad.json"), json.dumps(variant(change)))
        r = run(["merge", "g.json", "bad.json"], tmp)
        check(r.returncode == 1 and r.stdout == b"" and r.err == prefix + what + "\n" + nothing,
              "expected %r" % what, r)
    # Mentions of 2^63 - 1 in two parts saturate; the result reads back.
    for i, name in enumerate(("x.json", "y.json")):
        def huge(g, i=i):
            g["nodes"][country]["metadata"]["mentions"] = (1 << 63) - 1
            g["metadata"]["documents"][0]["id"] = "doc%d.txt" % i
            for n in g["nodes"].values():
                for ev in n["metadata"]["evidence"]:
                    ev["document"] = "doc%d.txt" % i
            for e in g["edges"]:
                for ev in e["metadata"]["evidence"]:
                    ev["document"] = "doc%d.txt" % i
        write(os.path.join(tmp, name), json.dumps(variant(huge)))
    r = run(["merge", "x.json", "y.json", "-o", "xy.json"], tmp)
    check(r.returncode == 0, "huge counts", r)
    check(graph_of(read(os.path.join(tmp, "xy.json")))["nodes"][country]["metadata"]["mentions"]
          == (1 << 63) - 1, "mentions saturate at 2^63 - 1")
    r = run(["merge", "xy.json"], tmp)
    check(r.returncode == 0, "the saturated graph reads back", r)


def cpu_seconds(args, cwd):
    """User + system CPU time of one parley run (wall time depends on the
    other work of the machine)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    r = run(args, cwd)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    check(r.returncode == 0, "run %r" % args[:3], r)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def test_merge_linear(tmp):
    # Many one-article parts: 4x the parts take about 4x the time (16x
    # when each part copied what the merged records hold).
    one = json.dumps(json.loads(make_part(tmp)), separators=(",", ":"))
    small_n, large_n = 2500 // SCALE, 10000 // SCALE
    for n in (small_n, large_n):
        with open(os.path.join(tmp, "parts%d.jsonl" % n), "w") as f:
            for i in range(n):
                f.write(one.replace('"a.txt"', '"doc%07d.txt"' % i) + "\n")
    small = cpu_seconds(["merge", "--input-format", "jsonl", "parts%d.jsonl" % small_n], tmp)
    large = cpu_seconds(["merge", "--input-format", "jsonl", "parts%d.jsonl" % large_n], tmp)
    check(large < 8 * max(small, 0.05), "%d parts: %.2f s, %d: %.2f s" % (large_n, large,
                                                                          small_n, small))

    # Loosely dated meetings of one pair, against as many day meetings.
    def crafted(n, placed):
        docs, nodes, edges = [], {}, []
        for iso, label in (("CHN", "China"), ("RUS", "Russia")):
            nodes["country:" + iso] = {"label": label, "metadata": {
                "type": "country", "iso3": iso, "mentions": 0, "documents": 0, "evidence": []}}
        for i in range(2 * n):
            doc = "d%07d" % i
            docs.append({"id": doc, "date": "2025-04-01"})
            ev = [{"document": doc, "start": 0, "end": 1, "sentence": None}]
            meta = {"type": "meeting", "kind": "meeting", "status": "held",
                    "date": "2025-03-%02d" % (1 + i % 28) if i < n else "2025-03",
                    "mentions": 1, "documents": 1, "evidence": ev}
            if placed:
                meta["location"] = "P%d" % i if i < n else "X"
            mid = "meeting:m%07d" % i
            nodes[mid] = {"label": "China, Russia", "metadata": meta}
            for c in ("country:CHN", "country:RUS"):
                edges.append({"source": c, "target": mid, "relation": "participant",
                              "metadata": {"mentions": 1, "documents": 1, "evidence": ev}})
        return {"graph": {"directed": True, "metadata": {"documents": docs}, "nodes": nodes,
                          "edges": edges}}
    for placed in (False, True):
        times = []
        for n in (1000 // SCALE, 4000 // SCALE):
            write(os.path.join(tmp, "c.json"), json.dumps(crafted(n, placed)))
            times.append(cpu_seconds(["merge", "c.json", "-o", "out.json"], tmp))
        check(times[1] < 8 * max(times[0], 0.05),
              "loose meetings (placed %s): 4x the meetings: %.2f s, against %.2f s" % (placed, times[1],
                                                                         times[0]))


# ---- messages -----------------------------------------------------------------------

def test_messages(tmp):
    write(os.path.join(tmp, "a.txt"), ARTICLE)
    os.makedirs(os.path.join(tmp, "dir"))
    r = run(["--gazetteer", "/dev/zero", "a.txt"], tmp, memory_base=300 * MB)
    check(r.returncode == 1 and r.err == "parley: /dev/zero: larger than 64 MiB; not a "
          "gazetteer\n", "gazetteer /dev/zero", r)
    r = run(["--gazetteer", "dir", "a.txt"], tmp)
    check(r.returncode == 1 and r.err == "parley: dir: Is a directory\n", "gazetteer dir", r)
    r = run(["merge", "dir"], tmp)
    check(r.returncode == 1 and r.err == "parley: dir: Is a directory\n"
          "parley: an input could not be merged; nothing written\n", "merge dir", r)
    # A merge part with a byte order mark: read as without it.
    part = make_part(tmp)
    write(os.path.join(tmp, "bom.json"), b"\xef\xbb\xbf" + part)
    r = run(["merge", "bom.json"], tmp)
    check(r.returncode == 0 and r.stdout == part, "merge part with a BOM", r)
    # A gazetteer with a byte order mark: read as without it.
    write(os.path.join(tmp, "bom.tsv"), b"\xef\xbb\xbf" +
          "country\tXZZ\tZedland\tZedland\tZedlandish\tZedville\n".encode())
    write(os.path.join(tmp, "z.txt"), " date 2024-01-01\nZedlandish and Russian ministers met "
          "in Zedville on Monday.\n")
    r = run(["--gazetteer", "bom.tsv", "-f", "json", "-o", "-", "z.txt"], tmp)
    check(r.returncode == 0 and r.err == "" and "country:XZZ" in graph_of(r.stdout)["nodes"],
          "gazetteer with a BOM", r)


# ---- the CSV pair ---------------------------------------------------------------------

def test_csv_pair_lands_together(tmp):
    """Two runs write the same -o DIR --name N at once, again and again:
    the nodes and edges files left are always one run's pair."""
    arts = article_files()
    write(os.path.join(tmp, "a.txt"), read(arts[0]))
    write(os.path.join(tmp, "b.txt"), read(arts[1]))
    refs = {}
    for name in ("a.txt", "b.txt"):
        r = run(["-f", "csv", "-o", "ref-" + name, "--name", "n", name], tmp)
        check(r.returncode == 0, "reference", r)
        refs[name] = (read(os.path.join(tmp, "ref-" + name, "n.nodes.csv")),
                      read(os.path.join(tmp, "ref-" + name, "n.edges.csv")))
    check(refs["a.txt"][0] != refs["b.txt"][0] and refs["a.txt"][1] != refs["b.txt"][1],
          "the two articles give different files")
    for i in range(12):
        procs = [subprocess.Popen([BIN, "-f", "csv", "-o", "out", "--name", "n", name], cwd=tmp,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                 for name in (("a.txt", "b.txt") if i % 2 else ("b.txt", "a.txt"))]
        for p in procs:
            _, err = p.communicate(timeout=TIMEOUT)
            check(p.returncode == 0 and err == b"", "concurrent run: %r" % err)
        pair = (read(os.path.join(tmp, "out", "n.nodes.csv")),
                read(os.path.join(tmp, "out", "n.edges.csv")))
        check(pair in refs.values(), "round %d: a mixed pair" % i)
    check(sorted(os.listdir(os.path.join(tmp, "out"))) == ["n.edges.csv", "n.nodes.csv"],
          "files left: %s" % os.listdir(os.path.join(tmp, "out")))


def main():
    return harness.run_tests(globals(), "parley-hostile-more-", timed=True)


if __name__ == "__main__":
    sys.exit(main())
