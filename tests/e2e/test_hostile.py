#!/usr/bin/python3
"""test_hostile.py: the bad inputs, hostile names and faults, through
the parley command.

Every run here ends within 60 s (else the test fails and the process is
killed) and peaks below 20 times its input plus 200 MB of memory. For each
class of input the test asserts the exit status, the exact messages (with
the byte offset where one applies), and that every output written reads
back: JSON with Python's json, DOT with `dot -Tcanon` (and `dot -Tjson` for
the text Graphviz shows), SVG as XML holding only SVG elements and no event
attributes. Names full of quotes, backslashes, angle brackets, ampersands,
control characters and non-ASCII letters come in through --gazetteer and a
file name. Writes are atomic under a file size limit, an unwritable target
and a layout that runs out of time.

docs/hostile-inputs.md maps each class to the test here that proves it.
The CLI basics (missing file, directory, empty file, --strict, usage errors
of the older options) are in test_cli.py and not repeated.
Run by ctest with PARLEY_BIN set; by hand:
  PARLEY_BIN=build/parley /usr/bin/python3 tests/e2e/test_hostile.py [test_name...]
"""

import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time

import harness  # noqa: E402  (tests/e2e/harness.py)
import xml.etree.ElementTree as ET

SOURCE_DIR = os.environ.get(
    "PARLEY_SOURCE_DIR", os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
BIN = os.path.abspath(os.environ.get("PARLEY_BIN", os.path.join(SOURCE_DIR, "build", "parley")))

MB = 1 << 20


# AddressSanitizer's shadow memory, redzones and quarantine cost about three
# times a program's own memory (its documentation's figure), so the bound is
# scaled by that there; the normal build is held to 20x input + 200 MB.
MEMORY_FACTOR = 3 if harness.sanitized() else 1
# Seconds any one run may take: 60, and three times that for the sanitizer
# build, a Debug build whose every allocation records a full stack (the
# 50 MB article takes 4 s in the normal build, 30 s there when alone).
TIMEOUT = 60 * (3 if harness.sanitized() else 1)
EXTS = ("json", "dot", "svg")
NOTHING = "parley: no input could be read or extracted; nothing written\n"
TRY_HELP = "Try 'parley --help' for more information.\n"
SVG_NS = "{http://www.w3.org/2000/svg}"
XLINK_NS = "{http://www.w3.org/1999/xlink}"
# Everything Graphviz's SVG renderer writes; anything else was injected.
SVG_TAGS = {"svg", "g", "title", "text", "polygon", "ellipse", "path", "polyline", "a",
            "defs", "linearGradient", "radialGradient", "stop", "image"}

SENTENCE = ("Chinese Foreign Minister Wang Yi met Iranian Foreign Minister "
            "Hossein Amir-Abdollahian in Tehran.")
ARTICLE = (" date 2021-07-28\n" + SENTENCE + "\n").encode()


# ---- running parley ---------------------------------------------------------

class Run:
    def __init__(self, args, returncode, stdout, stderr, maxrss, seconds):
        self.args, self.returncode = args, returncode
        self.stdout, self.stderr = stdout, stderr
        self.maxrss, self.seconds = maxrss, seconds

    @property
    def err(self):
        return self.stderr.decode("utf-8", "replace")

    def __str__(self):
        return "parley %r: exit %d, %.1f s, %d MB\n  stderr: %r\n  stdout: %r" % (
            self.args, self.returncode, self.seconds, self.maxrss // MB,
            self.err[:600], self.stdout[:200])


def input_size(args, cwd, stdin):
    total = len(stdin)
    for a in args:
        path = os.path.join(cwd, a)
        if os.path.isfile(path):
            total += os.path.getsize(path)
    return total


def run(args, cwd, stdin=b"", preexec_fn=None, memory_base=None):
    """Runs parley in cwd and returns a Run. Fails when it takes longer than
    TIMEOUT or its peak memory (the child's own, from wait4) passes 20 times
    its inputs' size (files named in args and stdin) plus 200 MB, or
    memory_base when given (for endless inputs), times MEMORY_FACTOR."""
    args = list(args)
    with tempfile.TemporaryFile() as fin, tempfile.TemporaryFile() as fout, \
            tempfile.TemporaryFile() as ferr:
        fin.write(stdin)
        fin.seek(0)
        start = time.monotonic()
        p = subprocess.Popen([BIN] + args, cwd=cwd, stdin=fin, stdout=fout, stderr=ferr,
                             preexec_fn=preexec_fn)
        while True:
            pid, status, usage = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - start > TIMEOUT:
                p.kill()
                os.wait4(p.pid, 0)
                p.returncode = -9
                raise AssertionError("parley %r did not finish within %d s" % (args, TIMEOUT))
            time.sleep(0.005)
        p.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.monotonic() - start
        fout.seek(0)
        ferr.seek(0)
        r = Run(args, p.returncode, fout.read(), ferr.read(), usage.ru_maxrss * 1024, seconds)
    limit = memory_base if memory_base is not None else 20 * input_size(args, cwd, stdin) + 200 * MB
    limit *= MEMORY_FACTOR
    check(r.maxrss < limit, "peak memory %d MB over the limit %d MB" % (r.maxrss // MB, limit // MB), r)
    check(r.returncode >= 0, "killed by signal %d" % -r.returncode, r)
    return r


def check(cond, what, r=None):
    if not cond:
        raise AssertionError(what + ("\n  " + str(r) if r is not None else ""))


def write(path, data):
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def read(path):
    with open(path, "rb") as f:
        return f.read()


def only_files(directory, names, r=None):
    have = sorted(os.listdir(directory))
    check(have == sorted(names), "%s holds %s, expected %s (a temporary file left?)"
          % (directory, have, sorted(names)), r)


# ---- reading outputs back ---------------------------------------------------

def parse_json(data):
    # Strict UTF-8 first: invalid bytes in a JSON file are an error, not '?'.
    return json.loads(data.decode("utf-8"))


def dot_readback(path):
    """`dot -Tcanon` re-reads the DOT without a word on stderr."""
    p = subprocess.run(["dot", "-Tcanon", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=TIMEOUT)
    check(p.returncode == 0 and p.stderr == b"" and p.stdout.strip(),
          "dot -Tcanon %s: exit %d, stderr %r" % (path, p.returncode, p.stderr[:300]))


def dot_shown(path):
    """The lines of text Graphviz draws for each node (by node name) and for
    the graph ('' key), read from `dot -Tjson`: what the DOT shows."""
    p = subprocess.run(["dot", "-Tjson", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=TIMEOUT)
    check(p.returncode == 0, "dot -Tjson %s: exit %d, %r" % (path, p.returncode, p.stderr[:300]))
    doc = json.loads(p.stdout)

    def texts(obj):
        return [op["text"] for op in obj.get("_ldraw_", []) if op.get("op") == "T"]
    shown = {"": texts(doc)}
    for obj in doc.get("objects", []):
        shown[obj["name"]] = texts(obj)
    return shown


def svg_check(data):
    """Parses the SVG and checks it holds only what Graphviz writes: SVG
    elements, no event-handler attributes. Returns the root."""
    root = ET.fromstring(data)
    check(root.tag == SVG_NS + "svg", "SVG root is %s" % root.tag)
    for el in root.iter():
        check(el.tag.startswith(SVG_NS) and el.tag[len(SVG_NS):] in SVG_TAGS,
              "SVG holds an injected element %s" % el.tag)
        for name in el.attrib:
            local = name.split("}")[-1]
            check(re.fullmatch(r"[a-zA-Z][a-zA-Z:-]*", local) is not None
                  and not local.lower().startswith("on"),
                  "SVG element %s has an injected attribute %r" % (el.tag, name))
    return root


def svg_node_texts(root):
    """The text lines of each node group, keyed by its <title>, and of the
    graph's own label ('' key: the graph group's direct <text> children)."""
    out = {}
    for g in root.iter(SVG_NS + "g"):
        if g.get("class") == "graph":
            out[""] = [t.text or "" for t in g.findall(SVG_NS + "text")]
        elif (g.get("class") or "").split()[:1] == ["node"]:  # "node official"
            title = g.find(SVG_NS + "title")
            out[title.text if title is not None else None] = \
                [t.text or "" for t in g.iter(SVG_NS + "text")]
    return out


def check_outputs(directory, name, formats=EXTS):
    """Each chosen output exists and reads back; returns the JSON document."""
    doc = None
    for ext in formats:
        path = os.path.join(directory, "%s.%s" % (name, ext))
        check(os.path.isfile(path), "missing %s (have %s)" % (path, sorted(os.listdir(directory))))
        data = read(path)
        if ext == "json":
            doc = parse_json(data)
            check(doc["graph"]["directed"] is True, path + ": not a parley graph")
        elif ext == "dot":
            dot_readback(path)
        else:
            svg_check(data)
    return doc


def structure(doc):
    """A graph without evidence (offsets and sentence text differ between an
    article and its CRLF twin): node labels and metadata, and edges."""
    nodes = {}
    for node_id, node in doc["graph"]["nodes"].items():
        meta = {k: v for k, v in node["metadata"].items() if k != "evidence"}
        nodes[node_id] = (node["label"], meta)
    edges = sorted((e["source"], e["relation"], e["target"]) for e in doc["graph"]["edges"])
    return nodes, edges


def meeting_dates(doc):
    return sorted((n["metadata"]["date"] or "-", n["metadata"]["status"])
                  for i, n in doc["graph"]["nodes"].items() if i.startswith("meeting:"))


def meetings_by_document(doc):
    """{document: [(date, status) of each meeting with evidence in it]}."""
    out = {}
    for node_id, node in doc["graph"]["nodes"].items():
        if not node_id.startswith("meeting:"):
            continue
        meta = node["metadata"]
        for d in sorted({e["document"] for e in meta["evidence"]}):
            out.setdefault(d, []).append((meta["date"] or "-", meta["status"]))
    return out


def extract(tmp, name, data, *options):
    """Writes `data` to tmp/name, runs parley on it into tmp/out-NAME and
    returns (run, JSON document) after checking every output reads back."""
    write(os.path.join(tmp, name), data)
    out = "out-" + name
    r = run(list(options) + ["-o", out, name], tmp)
    check(r.returncode == 0, "%s: exit %d" % (name, r.returncode), r)
    stem = name.rsplit(".", 1)[0]
    return r, check_outputs(os.path.join(tmp, out), stem)


def utf8_damage(data):
    """What parley reports for `data`: the number of bytes replaced (each
    byte of ill-formed UTF-8, and each NUL) and the offset of the first,
    computed with Python's own UTF-8 decoder (which also rejects overlong
    forms, surrogates and code points past U+10FFFF)."""
    text = data.decode("utf-8", "surrogateescape")
    offset, bad, first, nul = 0, 0, None, 0
    for ch in text:
        if 0xDC80 <= ord(ch) <= 0xDCFF or ch == "\0":
            if first is None:
                first = offset
            bad += 1
            nul += ch == "\0"
            offset += 1
        else:
            offset += len(ch.encode("utf-8"))
    return bad, first, nul


def damage_warning(name, data):
    bad, first, nul = utf8_damage(data)
    what = "NUL" if nul == bad else "invalid UTF-8 or NUL" if nul else "invalid UTF-8"
    return "parley: %s: offset %d: %d %s byte%s replaced by spaces (first at this offset)\n" % (
        name, first, bad, what, "" if bad == 1 else "s")


# ---- encodings ----------------------------------------------------------------

def test_invalid_utf8(tmp):
    """Invalid bytes become spaces with one warning (file, offset of the
    first, count); --strict makes the first an error with its offset."""
    data = b" date 2021-07-28\nIran \xff\xfe met Iraq \xc3\x28 in \x80Baghdad.\n" + SENTENCE.encode()
    r, doc = extract(tmp, "bad.txt", data)
    check(r.err == "parley: bad.txt: offset 22: 4 invalid UTF-8 bytes replaced by spaces "
          "(first at this offset)\n", "warning", r)
    check(r.err == damage_warning("bad.txt", data), "warning differs from Python's count", r)
    check("official:wang-yi" in doc["graph"]["nodes"], "the valid text after the bad bytes was lost")
    r = run(["--strict", "-o", "out-strict", "bad.txt"], tmp)
    check(r.returncode == 1 and r.err == "parley: bad.txt: offset 22: invalid UTF-8 byte 0xFF\n"
          + NOTHING, "--strict", r)
    check(not os.path.exists(os.path.join(tmp, "out-strict")), "--strict wrote outputs")
    # Valid multi-byte text around is left alone: no warning at all.
    _, doc = extract(tmp, "fine.txt", "Zoë ça 北京 🙂 \u200b\u00a0" + SENTENCE)
    r = run(["-o", "out-fine2", "fine.txt"], tmp)
    check(r.err == "", "valid UTF-8 warned", r)


def test_overlong_surrogates_and_beyond(tmp):
    """Overlong forms, lone and paired (CESU-8) surrogates, code points past
    U+10FFFF, 5- and 6-byte forms and truncated sequences: every byte of
    them counts as invalid, exactly as Python's decoder sees it."""
    cases = [b"\xc0\xaf", b"\xc1\xbf", b"\xe0\x80\xaf", b"\xf0\x80\x80\xaf", b"\xe0\x9f\xbf",
             b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xed\xa0\xbd\xed\xb8\x80", b"\xf4\x90\x80\x80",
             b"\xf5\x80\x80\x80", b"\xf8\x88\x80\x80\x80", b"\xfc\x84\x80\x80\x80\x80",
             b"\xe2\x82", b"\xf0\x9f\x99", b"\xc3"]
    prefix = b"Iran met Iraq "
    # One run for all the files (each warned about on its own line, in
    # order), and one more with --strict.
    names, want, want_strict = [], "", ""
    for i, seq in enumerate(cases):
        data = prefix + seq + b" in Baghdad."
        name = "seq%02d.txt" % i
        write(os.path.join(tmp, name), data)
        names.append(name)
        line = "parley: %s: offset 14: %d invalid UTF-8 byte%s replaced by spaces (first at this " \
               "offset)\n" % (name, len(seq), "" if len(seq) == 1 else "s")
        check(line == damage_warning(name, data), "%r: Python counts otherwise" % seq)
        want += line
        want_strict += "parley: %s: offset 14: invalid UTF-8 byte 0x%02X\n" % (name, seq[0])
    r = run(["-o", "out", "--name", "all"] + names, tmp)
    check(r.returncode == 0 and r.err == want, "warnings", r)
    doc = check_outputs(os.path.join(tmp, "out"), "all")
    check(len(doc["graph"]["metadata"]["documents"]) == len(cases), "documents")
    r = run(["--strict", "-o", "o"] + names, tmp)
    check(r.returncode == 1 and r.err == want_strict + NOTHING, "--strict", r)
    # The same bytes at the very end of a file, with nothing after them.
    write(os.path.join(tmp, "tail.txt"), prefix + b"\xe2\x82")
    r = run(["-o", "o", "tail.txt"], tmp)
    check(r.returncode == 0 and "offset 14: 2 invalid UTF-8 bytes" in r.err, "truncated at end", r)


def test_nul_bytes(tmp):
    data = b"Iran\x00 met\x00\x00 Iraq.\n"
    r, _ = extract(tmp, "nul.txt", data)
    check(r.err == "parley: nul.txt: offset 4: 3 NUL bytes replaced by spaces (first at this "
          "offset)\n", "NUL warning", r)
    r = run(["--strict", "-o", "o", "nul.txt"], tmp)
    check(r.returncode == 1 and r.err == "parley: nul.txt: offset 4: NUL byte\n" + NOTHING,
          "NUL --strict", r)
    mixed = b"Iran met\xff Iraq\x00.\n"
    r, _ = extract(tmp, "mixed.txt", mixed)
    check(r.err == "parley: mixed.txt: offset 8: 2 invalid UTF-8 or NUL bytes replaced by spaces "
          "(first at this offset)\n", "mixed warning", r)
    # A NUL inside what would be a name does not join or cut anything odd.
    r, doc = extract(tmp, "name.txt", SENTENCE.replace("Wang Yi", "Wang\x00Yi").encode())
    check(r.err.startswith("parley: name.txt: offset 29: 1 NUL byte replaced"), "NUL in name", r)


def test_bom_line_ends_and_white_space(tmp):
    """A UTF-8 BOM, CRLF or CR line ends, tabs, form feeds, vertical tabs
    and a missing final newline all give the graph of the plain LF text."""
    plain = " date 2024-01-02\nChinese Foreign Minister Wang Yi met Iranian Foreign Minister\n" \
            "Hossein Amir-Abdollahian in Tehran last week.\n\nIran said the talks went well.\n"
    _, want = extract(tmp, "plain.txt", plain)
    check(meeting_dates(want) == [("2023-12", "held")], "plain article: %s" % meeting_dates(want))
    variants = {
        "bom.txt": b"\xef\xbb\xbf" + plain.encode(),
        "bom-no-header.txt": b"\xef\xbb\xbf" + plain.split("\n", 1)[1].encode(),
        "crlf.txt": plain.replace("\n", "\r\n").encode(),
        "cr.txt": plain.replace("\n", "\r").encode(),
        "tabs.txt": plain.replace(" Minister", "\tMinister").replace(" met", "\f met")
                         .replace("Tehran ", "Tehran\v").encode(),
        "no-final-newline.txt": plain.rstrip("\n").encode(),
    }
    for name, data in variants.items():
        r, doc = extract(tmp, name, data, "--doc-date", "2024-01-02")
        check(r.err == "", "%s: warned" % name, r)
        check(structure(doc) == structure(want), "%s: graph differs from the LF article:\n%s\n%s"
              % (name, structure(doc), structure(want)))
        check(doc["graph"]["metadata"]["documents"][0]["date"] == "2024-01-02", name + ": date")
    # The header is read through a BOM and CRLF, not only defaulted.
    _, doc = extract(tmp, "bom-crlf.txt", b"\xef\xbb\xbf date 2022-03-04\r\n" + SENTENCE.encode())
    check(doc["graph"]["metadata"]["documents"][0]["date"] == "2022-03-04", "header after BOM")


def test_whitespace_only(tmp):
    for i, data in enumerate([b" ", b"\n", b"\r\n\r\n", b" \t\f\v\r\n\n  \r", b"\xef\xbb\xbf",
                              b"\xef\xbb\xbf \n\t", b" date 2024-01-02\n \n"]):
        r, doc = extract(tmp, "ws%d.txt" % i, data)
        check(r.err == "", "white space %r warned" % data, r)
        check(doc["graph"]["nodes"] == {} and doc["graph"]["edges"] == [],
              "white space %r gave a graph" % data)
        check(len(doc["graph"]["metadata"]["documents"]) == 1, "document not listed")


# ---- size ---------------------------------------------------------------------

def longest_sentence(doc):
    return max((len(e["sentence"] or "") for n in doc["graph"]["nodes"].values()
                for e in n["metadata"]["evidence"]), default=0)


def test_fifty_megabyte_line(tmp):
    """50 MB without a newline, made of real sentences, so every stage has
    work: finishes in the time limit within the memory bound, and the kept
    evidence stays short."""
    unit = (SENTENCE + " ").encode()
    data = (unit * (50 * MB // len(unit) + 1))[:50 * MB]
    r, doc = extract(tmp, "line.txt", data)
    check(r.err == "", "50 MB line warned", r)
    check("official:wang-yi" in doc["graph"]["nodes"], "50 MB line: nothing extracted")
    check(longest_sentence(doc) < 4096, "evidence sentence of %d characters" % longest_sentence(doc))
    check(len(read(os.path.join(tmp, "out-line.txt", "line.json"))) < 10 * MB, "JSON grew with input")
    os.remove(os.path.join(tmp, "line.txt"))


def test_megabyte_words(tmp):
    """A word of 1 MB: ASCII capitals (a would-be name), accented letters,
    letters joined by hyphens, and one without any break at all."""
    words = {
        "caps.txt": b"A" + b"b" * (MB - 1),
        "accents.txt": "é".encode() * (MB // 2),
        "hyphens.txt": b"-".join([b"Ab"] * (MB // 3)),
        "digits.txt": b"1" * MB,
    }
    for name, word in words.items():
        data = b" date 2024-01-02\n" + SENTENCE.encode() + b" Iran met " + word + b" in Tehran.\n"
        r, doc = extract(tmp, name, data)
        check(r.err == "", name + ": warned", r)
        check(longest_sentence(doc) < 4096, "%s: evidence of %d characters" % (name, longest_sentence(doc)))
        for node_id, node in doc["graph"]["nodes"].items():
            check(len(node_id) < 4096 and len(node["label"]) < 4096, "%s: node %r..." % (name, node_id[:60]))
    r, _ = extract(tmp, "only.txt", b"x" * MB)
    check(r.err == "", "a file of one 1 MB word warned", r)


def test_binary_files(tmp):
    """Random bytes (fixed seed) and a copy of an executable: every bad byte
    replaced, the warning giving the exact count and first offset, outputs
    valid; with --strict, an error at the first bad byte."""
    rnd = random.Random(20240102)
    samples = {"random.bin": bytes(rnd.getrandbits(8) for _ in range(256 * 1024))}
    for exe in ("/bin/ls", "/bin/sh", "/usr/bin/env"):
        if os.path.isfile(exe):
            samples["exe.bin"] = read(exe)
            break
    # Text with a binary tail, as a crawler that saved an image after it might.
    samples["mixed.bin"] = ARTICLE + samples["random.bin"][:64 * 1024]
    for name, data in samples.items():
        r, _ = extract(tmp, name, data)
        check(r.err == damage_warning(name, data), name + ": warning", r)
        bad, first, nul = utf8_damage(data)
        r = run(["--strict", "-o", "o", name], tmp)
        what = "NUL byte" if data[first] == 0 else "invalid UTF-8 byte 0x%02X" % data[first]
        check(r.returncode == 1 and r.err == "parley: %s: offset %d: %s\n" % (name, first, what)
              + NOTHING, name + " --strict", r)


# ---- paths ----------------------------------------------------------------------

def test_unreadable_paths(tmp):
    """Paths that cannot be read: each named with the system's reason, exit
    1, nothing written (the directory and missing-file cases are in
    test_cli.py). As root a mode-000 file is readable, so a path through a
    regular file stands in for an unreadable one."""
    write(os.path.join(tmp, "afile"), b"x")
    os.symlink("loop2", os.path.join(tmp, "loop1"))
    os.symlink("loop1", os.path.join(tmp, "loop2"))
    cases = [("afile/article.txt", "Not a directory"),
             ("loop1", "Too many levels of symbolic links"),
             ("/proc/self/mem", "Input/output error"),
             ("", "No such file or directory")]
    for path, reason in cases:
        r = run(["-o", "out", path], tmp)
        check(r.returncode == 1 and r.err == "parley: %s: %s\n" % (path, reason) + NOTHING,
              "%r: message" % path, r)
        check(not os.path.exists(os.path.join(tmp, "out")), "%r: outputs written" % path)
    # Endless or oversized input is refused at 256 MiB, with bounded memory
    # (the buffer, 256 MiB and a read's worth, and the program).
    r = run(["-o", "out", "/dev/zero"], tmp, memory_base=600 * MB)
    check(r.returncode == 1 and r.err == "parley: /dev/zero: larger than 256 MiB; not read\n"
          + NOTHING, "/dev/zero", r)
    # Among good inputs, the bad ones are reported and the good still written.
    write(os.path.join(tmp, "good.txt"), ARTICLE)
    r = run(["-o", "out", "good.txt", "afile/x.txt", "loop1"], tmp)
    check(r.returncode == 1 and r.err == "parley: afile/x.txt: Not a directory\n"
          "parley: loop1: Too many levels of symbolic links\n", "good among bad", r)
    doc = check_outputs(os.path.join(tmp, "out"), "graph")
    check([d["id"] for d in doc["graph"]["metadata"]["documents"]] == ["good.txt"], "documents")


# ---- dates ------------------------------------------------------------------------

def test_bad_date_headers(tmp):
    body = SENTENCE.replace("in Tehran", "in Tehran last week")
    cases = [(" date 21-02-03\n", "21-02-03", 6), (" date 2021-02-30\n", "2021-02-30", 6),
             (" date 2023-02-29\n", "2023-02-29", 6), (" date 2021-13-01\n", "2021-13-01", 6),
             ("date 0999-12-31\n", "0999-12-31", 5), (" date\t\t2021-7-28\n", "2021-7-28", 7),
             (" date 2021-07-28x\n", "2021-07-28x", 6),
             (" date " + "9" * 100000 + "\n", "9" * 20, 6),
             (" date ２０２１-07-28\n", "２０２１-07-28".encode()[:20].decode("utf-8", "ignore"), 6)]
    # All in one run: each file warned about on its own line, in order.
    names, want = [], ""
    for i, (header, shown, offset) in enumerate(cases):
        name = "hdr%d.txt" % i
        write(os.path.join(tmp, name), header + body)
        names.append(name)
        want += "parley: %s: offset %d: date header '%s' is not a valid YYYY-MM-DD date; " \
                "ignored\n" % (name, offset, shown)
    r = run(["-o", "out", "--name", "all"] + names, tmp)
    check(r.returncode == 0 and r.err == want, "warnings", r)
    doc = check_outputs(os.path.join(tmp, "out"), "all")
    check([d["date"] for d in doc["graph"]["metadata"]["documents"]] == [None] * len(cases),
          "a bad header's date kept: %s" % doc["graph"]["metadata"]["documents"])
    # The same meeting in every file, undated: one node, every document.
    meetings = [n["metadata"] for i, n in doc["graph"]["nodes"].items() if i.startswith("meeting:")]
    check(len(meetings) == 1 and meetings[0]["date"] is None and
          meetings[0]["documents"] == len(cases), "meetings without a date: %s" % meetings)
    # --doc-date stands in for the header that was ignored: "last week" is
    # then 2023-12 in every file.
    r = run(["--doc-date", "2024-01-02", "-q", "-o", "dd", "--name", "all"] + names, tmp)
    check(r.returncode == 0 and r.err == "", "--doc-date run", r)
    doc = check_outputs(os.path.join(tmp, "dd"), "all")
    check([d["date"] for d in doc["graph"]["metadata"]["documents"]] == ["2024-01-02"] * len(cases),
          "--doc-date unused: %s" % doc["graph"]["metadata"]["documents"])
    meetings = [n["metadata"] for i, n in doc["graph"]["nodes"].items() if i.startswith("meeting:")]
    check(len(meetings) == 1 and meetings[0]["date"] == "2023-12" and
          meetings[0]["documents"] == len(cases), "meetings with --doc-date: %s" % meetings)
    # A valid leap day is a date like any other.
    _, doc = extract(tmp, "leap.txt", " date 2024-02-29\n" + body)
    check(doc["graph"]["metadata"]["documents"][0]["date"] == "2024-02-29", "leap day")


def test_relative_dates_across_month_and_year(tmp):
    """Relative dates resolve across month and year ends, leap days
    included, whether the date comes from the header or --doc-date."""
    subject = "Chinese Foreign Minister Wang Yi {verb} US Secretary of State Antony Blinken {when}."
    cases = [
        ("2024-01-02", "met", "last week", ("2023-12", "held")),
        ("2024-01-01", "met", "on Friday", ("2023-12-29", "held")),
        ("2023-12-28", "will meet", "next week", ("2024-01", "planned")),
        ("2024-03-01", "met", "yesterday", ("2024-02-29", "held")),
        ("2023-03-01", "met", "yesterday", ("2023-02-28", "held")),
        ("2023-12-31", "will meet", "tomorrow", ("2024-01-01", "planned")),
        ("2024-01-15", "met", "last month", ("2023-12", "held")),
        ("2023-12-15", "will meet", "next month", ("2024-01", "planned")),
        ("2024-01-03", "met", "on December 30", ("2023-12-30", "held")),
        ("2023-12-29", "will meet", "on Tuesday", ("2024-01-02", "planned")),
    ]
    # Dated by header: all articles in one run, each meeting found by the
    # document in its evidence (two articles with the same meeting share a
    # node, well within the five pieces of evidence kept).
    names = []
    for i, (date, verb, when, want) in enumerate(cases):
        names.append("rel%d.txt" % i)
        write(os.path.join(tmp, names[-1]), " date %s\n%s\n" % (date, subject.format(verb=verb, when=when)))
    r = run(["-o", "out", "--name", "all"] + names, tmp)
    check(r.returncode == 0 and r.err == "", "header-dated run", r)
    by_doc = meetings_by_document(check_outputs(os.path.join(tmp, "out"), "all"))
    for name, (date, verb, when, want) in zip(names, cases):
        check(by_doc.get(name) == [want], "dated %s, %r %r: %s, want %s"
              % (date, verb, when, by_doc.get(name), want))
    # Dated by --doc-date: one run each.
    for i, (date, verb, when, want) in enumerate(cases):
        text = subject.format(verb=verb, when=when)
        _, doc = extract(tmp, "reldd%d.txt" % i, text + "\n", "--doc-date", date)
        check(meeting_dates(doc) == [want], "--doc-date %s, %r: %s, want %s"
              % (date, text, meeting_dates(doc), want))


# ---- options ------------------------------------------------------------------------

def usage_error(tmp, args, message):
    r = run(args, tmp)
    check(r.returncode == 2, "%r: exit %d, expected 2" % (args, r.returncode), r)
    check(r.err == "parley: " + message + "\n" + TRY_HELP, "%r: message, want %r" % (args, message), r)
    check(r.stdout == b"", "%r: usage error wrote to stdout" % (args,), r)
    only_files(tmp, ["a.txt"], r)


def test_usage_errors_extended(tmp):
    """Option errors test_cli.py does not try, each with its exact message."""
    write(os.path.join(tmp, "a.txt"), ARTICLE)
    timeout_msg = ("invalid --layout-timeout '%s': expected a number of seconds from 0 to 86400, "
                   "e.g. 30 or 2.5 (0 = no limit)")
    cases = [
        (["a.txt", "--layout-timeout"],
         "option '--layout-timeout' requires a value: a number of seconds from 0 to 86400 "
         "(0 = no limit)"),
        (["a.txt", "--gazetteer"], "option '--gazetteer' requires a value: a gazetteer file (TSV)"),
        (["a.txt", "--title"], "option '--title' requires a value: the diagram's title"),
        (["a.txt", "--name"], "option '--name' requires a value: a file name without '/'"),
        (["a.txt", "--layout"], "option '--layout' requires a value: "
         "dot, neato, fdp, sfdp, circo, twopi"),
        (["--la", "dot", "a.txt"], "option '--la' is ambiguous: --layout, --layout-timeout, --landscape"),
        (["--help=yes"], "option '--help' takes no value"),
        (["--strict=1", "a.txt"], "option '--strict' takes no value"),
        (["-q1", "a.txt"], "unknown option '-1'"),
        (["--", "--nonsense"], None),  # a file name after '--': not a usage error
        (["-f", "", "a.txt"], "unknown format '' (allowed: dot, svg, json, graphml, gexf, csv, png, pdf, html)"),
        (["-f", "JSON", "a.txt"], "unknown format 'JSON' (allowed: dot, svg, json, graphml, gexf, csv, png, pdf, html)"),
        (["-f", "json,", "a.txt"], "unknown format '' in --format 'json,' (allowed: dot, svg, json, graphml, gexf, csv, png, pdf, html)"),
        (["--layout", "", "a.txt"], "unknown layout '' (allowed: dot, neato, fdp, sfdp, circo, twopi)"),
        (["--layout", "DOT", "a.txt"], "unknown layout 'DOT' (allowed: dot, neato, fdp, sfdp, circo, twopi)"),
        (["--layout", "osage", "a.txt"], "unknown layout 'osage' (allowed: dot, neato, fdp, sfdp, circo, twopi)"),
        (["--name", "", "a.txt"], "invalid --name '': it must be a file name, without '/'"),
    ]
    for value in ("-1", "abc", "1e3", "inf", "nan", "86401", "", "0x10", "1.5s", " 5", "+3",
                  "1.2.3", "."):
        cases.append((["--layout-timeout", value, "a.txt"], timeout_msg % value))
    for value in ("", "2024-13-01", "0999-12-31", "2024-02-30", "2023-02-29", "2024-01-01x",
                  "２０２４-01-01", "2024/01/01", "20240101", "2024-1-1", "-2024-01-01"):
        cases.append((["--doc-date", value, "a.txt"], "invalid --doc-date '%s': expected a "
                      "calendar date YYYY-MM-DD, e.g. 2021-07-28" % value))
    for args, message in cases:
        if message is None:
            r = run(args, tmp)
            check(r.returncode == 1 and r.err == "parley: --nonsense: No such file or directory\n"
                  + NOTHING, "'--' then a file", r)
            continue
        usage_error(tmp, args, message)
    # Valid values of the new option are taken, in every spelling.
    for value in ("0", "30", "2.5", ".5", "5.", "86400", "0.001"):
        r = run(["--layout-timeout", value, "-f", "json", "-o", "-", "a.txt"], tmp)
        check(r.returncode == 0, "--layout-timeout %s refused" % value, r)


# ---- hostile names --------------------------------------------------------------------

# What the gazetteer gives; the control characters are dropped where
# Graphviz would show them (XML forbids them) and kept exactly in JSON.
COUNTRY = '<Zoë "Q"\\&amp;\x01\'Ñ>'
COUNTRY_SHOWN = '<Zoë "Q"\\&amp;\'Ñ>'
TITLE = 'Envoy <i onload="alert(1)">\\N & \'\x02\x1f\x7f\u0085</i> \\'
TITLE_SHOWN = 'Envoy <i onload="alert(1)">\\N & \'</i> \\'
OFFICIAL = "Joq O'Brien-Ñandú"
ISO = '"\\<'  # a three-byte "ISO3" code: quote, backslash, less-than
# Another, shaped like an XML entity: Graphviz copies that into the SVG's
# <title> unescaped unless parley escapes it (found by fuzz_svg).
ISO_ENTITY = "&#;"
DOC = 'a"<b>&\'\\ 1.txt'
GAZETTEER = ("# hostile names for test_hostile.py\n"
             "country\tXZZ\t%s\tZedland\tZedlandish\tZedville\n"
             "country\t%s\tQland\tQland\tQlandish\tQville\n"
             "country\t%s\tAmpland\tAmpland\tAmplandish\tAmpville\n"
             "official\t%s\tXZZ\t%s\tJoq\n" % (COUNTRY, ISO, ISO_ENTITY, OFFICIAL, TITLE))
HOSTILE_ARTICLE = (" date 2024-01-01\n%s met Qlandish Foreign Minister Ilse Marwick in Zedville "
                   "on Monday. Zedland, Qland and Ampland signed a deal.\n" % OFFICIAL)


def hostile_run(tmp, out, *extra):
    write(os.path.join(tmp, "hostile.tsv"), GAZETTEER)
    write(os.path.join(tmp, DOC), HOSTILE_ARTICLE)
    r = run(["--gazetteer", "hostile.tsv", "-o", out] + list(extra) + [DOC], tmp)
    check(r.returncode == 0 and r.err == "", "hostile names: exit %d" % r.returncode, r)
    return r


def test_hostile_names(tmp):
    """Names with quotes, backslashes, <, >, &, ', control characters and
    non-ASCII letters: JSON round-trips them exactly, DOT re-reads and shows
    them exactly (a label starting with '<' is text, not HTML), SVG is
    well-formed and shows them with nothing injected."""
    hostile_run(tmp, "out")
    out, stem = os.path.join(tmp, "out"), DOC[:-4]
    only_files(out, [stem + "." + e for e in EXTS])
    doc = check_outputs(out, stem)
    nodes = doc["graph"]["nodes"]

    # JSON: exact, control characters and all.
    check(nodes.get("country:XZZ", {}).get("label") == COUNTRY, "JSON country label %r"
          % nodes.get("country:XZZ", {}).get("label"))
    official = [n for n in nodes.values() if n["label"] == OFFICIAL]
    check(len(official) == 1 and official[0]["metadata"]["title"] == TITLE,
          "JSON official %r" % official)
    check(("country:" + ISO) in nodes and nodes["country:" + ISO]["metadata"]["iso3"] == ISO,
          "JSON id with quote and backslash: %s" % sorted(nodes))
    check(("country:" + ISO_ENTITY) in nodes, "JSON id shaped like an entity: %s" % sorted(nodes))
    check(doc["graph"]["metadata"]["documents"] == [{"id": DOC, "date": "2024-01-01"}],
          "JSON document %r" % doc["graph"]["metadata"]["documents"])
    meeting = [i for i in nodes if i.startswith("meeting:")]
    check(len(meeting) == 1 and ISO.lower() in meeting[0], "meeting ids %s" % meeting)
    check(("official:ilse-marwick", "represents", "country:" + ISO) in structure(doc)[1],
          "edge to the hostile ISO missing: %s" % structure(doc)[1])

    # DOT: the label is a quoted string, never <...>, and shows exactly.
    dot = read(os.path.join(out, stem + ".dot")).decode("utf-8")
    check('label="<Zoë' in dot and "label=<" not in dot, "DOT label starting with '<'")
    # Long labels wrap at spaces: each node's lines, joined, show it.
    shown = dot_shown(os.path.join(out, stem + ".dot"))
    lines = [" ".join(v) for v in shown.values()]
    check(COUNTRY_SHOWN in lines, "DOT does not show %r: %r" % (COUNTRY_SHOWN, lines))
    check(OFFICIAL + " " + TITLE_SHOWN in lines, "DOT does not show the official: %r" % lines)
    check(shown[""] == [DOC + " (2024-01-01)"], "DOT title shown as %r" % shown[""])

    # SVG: well-formed (check_outputs), only SVG, and the same text shown.
    root = svg_check(read(os.path.join(out, stem + ".svg")))
    by_node = svg_node_texts(root)
    texts = [" ".join(v) for v in by_node.values()]
    check(COUNTRY_SHOWN in texts, "SVG does not show %r" % COUNTRY_SHOWN)
    check(OFFICIAL + " " + TITLE_SHOWN in texts, "SVG does not show the official")
    check(by_node.get("") == [DOC + " (2024-01-01)"], "SVG title %r" % by_node.get(""))
    # Tooltips carry the evidence, and the names, as attribute text only.
    tooltips = [a.get(XLINK_NS + "title") for a in root.iter(SVG_NS + "a")]
    check(any(t and COUNTRY_SHOWN in t for t in tooltips), "SVG tooltip lost the name")
    titles = [t.text for t in root.iter(SVG_NS + "title")]
    check("country:" + ISO_ENTITY in titles, "SVG <title> of the entity-shaped id: %s" % titles)


def test_gazetteer_invalid_utf8(tmp):
    """Gazetteer codes that are not UTF-8 make node ids that are not: JSON
    repairs them (U+FFFD per bad byte), keeps two that repair alike apart
    ("~2"), and its edges name the repaired ids; DOT and SVG read back."""
    write(os.path.join(tmp, "bad.tsv"),
          b"country\t\xff\xfe\xfd\tBadland\tBadland\tBadlandish\tBadville\n"
          b"country\t\xfe\xff\xfd\tWorseland\tWorseland\tWorselandish\tWorseville\n")
    write(os.path.join(tmp, "a.txt"), " date 2024-01-02\nBadlandish Foreign Minister Ola Zed met "
          "Worselandish Foreign Minister Cee Dee in Badville on Monday.\n")
    r = run(["--gazetteer", "bad.tsv", "-o", "out", "a.txt"], tmp)
    check(r.returncode == 0 and r.err == "", "invalid UTF-8 in a gazetteer", r)
    doc = check_outputs(os.path.join(tmp, "out"), "a")
    nodes = doc["graph"]["nodes"]
    repaired = "country:\ufffd\ufffd\ufffd"
    check(repaired in nodes and repaired + "~2" in nodes, "repaired ids: %s" % sorted(nodes))
    check(sorted([nodes[repaired]["label"], nodes[repaired + "~2"]["label"]]) ==
          ["Badland", "Worseland"], "the two countries merged")
    for e in doc["graph"]["edges"]:
        check(e["source"] in nodes and e["target"] in nodes, "edge %r names no node" % e)


def test_hostile_title_option(tmp):
    title = '</text><script>alert(1)</script><text x="0">\\"&amp;\x03'
    shown = '</text><script>alert(1)</script><text x="0">\\"&amp;'
    write(os.path.join(tmp, "a.txt"), ARTICLE)
    r = run(["--title", title, "-o", "out", "a.txt"], tmp)
    check(r.returncode == 0, "--title", r)
    check_outputs(os.path.join(tmp, "out"), "a")
    root = svg_check(read(os.path.join(tmp, "out", "a.svg")))
    check(svg_node_texts(root).get("") == [shown], "SVG title %r" % svg_node_texts(root).get(""))
    check(dot_shown(os.path.join(tmp, "out", "a.dot"))[""] == [shown], "DOT title")


# ---- determinism ----------------------------------------------------------------------

def test_deterministic(tmp):
    """The same inputs twice give byte-identical DOT, JSON and SVG: hostile
    names and binary input included, and the SVG drawn in a child process
    (the default) is the one drawn in this one (--layout-timeout 0)."""
    write(os.path.join(tmp, "junk.bin"), bytes(random.Random(7).getrandbits(8) for _ in range(65536)))
    write(os.path.join(tmp, "b.txt"), ARTICLE)
    runs = {"one": [], "two": [], "here": ["--layout-timeout", "0"]}
    for out, extra in runs.items():
        hostile_run(tmp, out, *extra)
        r = run(["-q", "-o", out, "--name", "mixed", "b.txt", "junk.bin"], tmp)
        check(r.returncode == 0, "mixed run", r)
    for stem in (DOC[:-4], "mixed"):
        for ext in EXTS:
            first = read(os.path.join(tmp, "one", stem + "." + ext))
            for other in ("two", "here"):
                check(first == read(os.path.join(tmp, other, stem + "." + ext)),
                      "%s.%s differs between runs one and %s" % (stem, ext, other))


# ---- atomic writes --------------------------------------------------------------------

def limit_file_size(limit):
    def preexec():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return preexec


def sentinels(out, stem):
    for ext in EXTS:
        write(os.path.join(out, "%s.%s" % (stem, ext)), b"SENTINEL " + ext.encode() + b"\n")


def kept(out, stem, ext):
    return read(os.path.join(out, "%s.%s" % (stem, ext))) == b"SENTINEL " + ext.encode() + b"\n"


def test_full_disk_part_way(tmp):
    """A file size limit (ulimit -f) between the outputs' sizes: the ones
    that fit replace their targets, the others fail alone (exit 1) and leave
    theirs, and no temporary file is left (limits 0 and 1 are in test_cli)."""
    write(os.path.join(tmp, "a.txt"), ARTICLE)
    r = run(["-o", "sizes", "a.txt"], tmp)
    check(r.returncode == 0, "unlimited run", r)
    sizes = {ext: os.path.getsize(os.path.join(tmp, "sizes", "a." + ext)) for ext in EXTS}
    fits = sorted(EXTS, key=sizes.get)
    for n_fit in (1, 2):
        limit = sizes[fits[n_fit - 1]] + 1
        out = os.path.join(tmp, "out%d" % n_fit)
        os.mkdir(out)
        sentinels(out, "a")
        r = run(["-o", os.path.basename(out), "a.txt"], tmp, preexec_fn=limit_file_size(limit))
        check(r.returncode == 1, "limit %d: exit %d" % (limit, r.returncode), r)
        want = "".join("parley: %s/a.%s: File too large\n" % (os.path.basename(out), ext)
                       for ext in EXTS if ext not in fits[:n_fit])
        check(r.err == want, "limit %d: messages, want %r" % (limit, want), r)
        for ext in EXTS:
            if ext in fits[:n_fit]:
                check(read(os.path.join(out, "a." + ext)) == read(os.path.join(tmp, "sizes", "a." + ext)),
                      "limit %d: a.%s not written" % (limit, ext))
            else:
                check(kept(out, "a", ext), "limit %d: a.%s replaced" % (limit, ext))
        only_files(out, ["a." + e for e in EXTS], r)


def test_unwritable_targets(tmp):
    """A target that is a directory, and a directory where no file can be
    made: exit 1, named with the system's reason, others unaffected."""
    write(os.path.join(tmp, "a.txt"), ARTICLE)
    out = os.path.join(tmp, "out")
    os.makedirs(os.path.join(out, "a.json"))
    sentinels_for = ("dot", "svg")
    for ext in sentinels_for:
        write(os.path.join(out, "a." + ext), b"old")
    r = run(["-o", "out", "a.txt"], tmp)
    check(r.returncode == 1 and r.err == "parley: out/a.json: Is a directory\n", "a.json is a dir", r)
    check(os.listdir(os.path.join(out, "a.json")) == [], "a.json directory changed")
    check_outputs(out, "a", ("dot", "svg"))
    only_files(out, ["a.json", "a.dot", "a.svg"], r)
    # /proc takes no new files, whoever asks.
    r = run(["-o", "/proc", "-f", "json", "a.txt"], tmp)
    check(r.returncode == 1 and re.fullmatch(r"parley: /proc/a\.json: [A-Z][^\n]*\n", r.err),
          "/proc", r)
    check(not os.path.exists("/proc/a.json"), "/proc/a.json exists")


def big_graph_inputs(tmp, officials=120):
    """A gazetteer of many officials and an article where pairs of them meet:
    a graph whose layout takes far more than a millisecond."""
    def name(i):
        # Consonants only: names that differ in a vowel, y/i or e/a are
        # spellings of one name to the graph's folding (docs/merging.md).
        c = "BCDFGHJKLMNPQRSTVWXZ"
        return "Official%s%s Zed" % (c[i % 20], c[i // 20 % 20].lower())
    lines = ["country\tXZA\tZedland\tZedland\tZedlandish\tZedville"]
    lines += ["official\t%s\tXZA\tEnvoy %d\t" % (name(i), i) for i in range(officials)]
    write(os.path.join(tmp, "big.tsv"), "\n".join(lines) + "\n")
    text = [" date 2024-01-02"]
    for i in range(0, officials, 2):
        text.append("%s met Iranian Foreign Minister Hossein Amir-Abdollahian and %s in Tehran "
                    "on Monday." % (name(i), name(i + 1)))
    write(os.path.join(tmp, "big.txt"), "\n".join(text) + "\n")


def test_layout_timeout(tmp):
    """A layout past --layout-timeout fails the SVG alone: exit 1, a message
    naming it, DOT and JSON written, the old SVG left, no temporary file."""
    big_graph_inputs(tmp)
    out = os.path.join(tmp, "out")
    os.mkdir(out)
    sentinels(out, "big")
    r = run(["--gazetteer", "big.tsv", "--layout-timeout", "0.001", "-o", "out", "big.txt"], tmp)
    check(r.returncode == 1 and r.err == "parley: out/big.svg: layout did not finish within "
          "0.001 s\n", "timeout", r)
    check(r.seconds < 30, "a 1 ms limit took %.1f s" % r.seconds, r)
    doc = check_outputs(out, "big", ("json", "dot"))
    check(len(doc["graph"]["nodes"]) > 100, "big graph has %d nodes" % len(doc["graph"]["nodes"]))
    check(kept(out, "big", "svg"), "timed-out SVG replaced the old one")
    only_files(out, ["big." + e for e in EXTS], r)
    # On standard output: nothing printed, the same message.
    r = run(["--gazetteer", "big.tsv", "--layout-timeout", "0.001", "-f", "svg", "-o", "-",
             "big.txt"], tmp)
    check(r.returncode == 1 and r.stdout == b"" and r.err == "parley: stdout: layout did not "
          "finish within 0.001 s\n", "timeout on stdout", r)
    # With time enough, or no limit, the same graph draws, identically (a
    # graph this big prints small on A4, which parley says in one line).
    for value in ("60", "0"):
        r = run(["--gazetteer", "big.tsv", "--layout-timeout", value, "-o", "ok" + value,
                 "big.txt"], tmp)
        check(r.returncode == 0 and re.fullmatch(r"(parley: ok%s/big\.svg: the drawing prints "
                                                 r"its text at [0-9.]+ pt on an A4 page [^\n]*\n)?"
                                                 % value, r.err),
              "--layout-timeout " + value, r)
        check_outputs(os.path.join(tmp, "ok" + value), "big")
    check(read(os.path.join(tmp, "ok60", "big.svg")) == read(os.path.join(tmp, "ok0", "big.svg")),
          "SVG from the child differs from the SVG drawn in process")


def main():
    if not shutil.which("dot"):
        print("dot (Graphviz) not found")
        return 1
    return harness.run_tests(globals(), "parley-hostile-", timed=True)


if __name__ == "__main__":
    sys.exit(main())
