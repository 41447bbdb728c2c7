#!/usr/bin/python3
"""scripts/parley-eval and scripts/baseline.py.

The scorer's figures on fixed predictions (tests/eval: parley's graphs of
tests/devset and tests/devset2, reduced to what is scored, and a few
hand-made cases of the scoring rules) must equal the figures the reference
scorer of the annotation guideline printed for the same files, frozen
below. These hold whatever the extractor does today. Then: --run and
PRED_DIR read the same graphs the same way, the node-link style scores
like JSON Graph Format, gold scored against itself is perfect, usage
errors and --min, and the baseline's output on a small article.

Run by ctest with PARLEY_BIN set; by hand:
PARLEY_BIN=build/parley /usr/bin/python3 tests/e2e/test_eval.py
"""

import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

SOURCE_DIR = os.environ.get(
    "PARLEY_SOURCE_DIR", os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
BIN = os.path.abspath(os.environ.get("PARLEY_BIN", os.path.join(SOURCE_DIR, "build", "parley")))
EVAL = os.path.join(SOURCE_DIR, "scripts", "parley-eval")
BASELINE = os.path.join(SOURCE_DIR, "scripts", "baseline.py")

# What the reference scorer printed (--json) for tests/eval/*.jsonl written
# out as PRED_DIR, and for tests/eval/cases.
REFERENCE = {
    "devset": {
        "affiliation_acc": 1.0, "countries_f1": 1.0, "countries_p": 1.0, "countries_r": 1.0,
        "date_acc": 0.8266666666666667, "documents": 19, "dyad_f1": 0.973621103117506,
        "dyad_f1_macro": 0.9867929734753892, "dyad_p": 0.9806763285024155,
        "dyad_r": 0.9666666666666667, "failed": 0, "location_acc": 0.7866666666666666,
        "meetings_p": 0.9146341463414634, "meetings_r": 0.8426966292134831,
        "officials_f1": 1.0, "officials_p": 1.0, "officials_r": 1.0, "status_acc": 0.96},
    "devset2": {
        "affiliation_acc": 0.9664429530201343, "countries_f1": 0.9968253968253968,
        "countries_p": 0.9936708860759493, "countries_r": 1.0, "date_acc": 0.7192982456140351,
        "documents": 20, "dyad_f1": 0.8875739644970413, "dyad_f1_macro": 0.81567467847354,
        "dyad_p": 0.9183673469387755, "dyad_r": 0.8587786259541985, "failed": 0,
        "location_acc": 0.6491228070175439, "meetings_p": 0.8028169014084507,
        "meetings_r": 0.76, "officials_f1": 0.9867549668874172,
        "officials_p": 0.9933333333333333, "officials_r": 0.9802631578947368,
        "status_acc": 0.9649122807017544},
    "cases": {
        "affiliation_acc": 0.6666666666666666, "countries_f1": 0.7142857142857143,
        "countries_p": 0.8333333333333334, "countries_r": 0.625, "date_acc": 0.6666666666666666,
        "documents": 3, "dyad_f1": 0.6, "dyad_f1_macro": 0.5555555555555555, "dyad_p": 0.75,
        "dyad_r": 0.5, "failed": 1, "location_acc": 1.0, "meetings_p": 0.6, "meetings_r": 0.75,
        "officials_f1": 0.6666666666666665, "officials_p": 0.75, "officials_r": 0.6,
        "status_acc": 1.0},
}
# The reference scorer's text output for tests/devset's predictions.
DEVSET_TEXT = """\
documents 19 (failed 0)
countries     P 1.000 R 1.000 F1 1.000
officials     P 1.000 R 1.000 F1 1.000  affiliation 1.000
meeting dyads P 0.981 R 0.967 F1 0.974  (per-article mean F1 0.987)
meetings      P 0.915 R 0.843  location 0.787 date 0.827 status 0.960
"""
CASES_PER_DOC = """\
case-a                       countries 0.80 officials 0.75 dyads 0.67  missed AFG-PAK CHN-PAK extra IND-PAK
case-b                       countries 1.00 officials 1.00 dyads 1.00  missed - extra -
case-c                       countries 0.00 officials 0.00 dyads 0.00  missed DEU-FRA extra -
"""

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL " + what)
    return cond


def run(args, **kw):
    return subprocess.run([sys.executable, EVAL] + args, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=600, cwd=SOURCE_DIR, **kw)


def write_predictions(name, into):
    """tests/eval/NAME.jsonl as INTO/ID.json files."""
    with open(os.path.join(SOURCE_DIR, "tests", "eval", name + ".jsonl"), encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            with open(os.path.join(into, rec["id"] + ".json"), "w", encoding="utf-8") as out:
                json.dump({"graph": rec["graph"]}, out)


def same_figures(got, want, what):
    check(set(got) == set(want), "%s: keys %s" % (what, sorted(set(got) ^ set(want))))
    for k in sorted(want):
        check(abs(got.get(k, -1) - want[k]) < 1e-12,
              "%s: %s is %r, the reference %r" % (what, k, got.get(k), want[k]))


def figures(args, what):
    p = run(args + ["--json"])
    if not check(p.returncode == 0, "%s: exit %d: %s" % (what, p.returncode, p.stderr.decode())):
        return {}
    return json.loads(p.stdout.decode().splitlines()[-1])


def test_reference(tmp):
    for name in ("devset", "devset2"):
        pred = os.path.join(tmp, name)
        os.mkdir(pred)
        write_predictions(name, pred)
        gold = os.path.join("tests", name, "gold")
        same_figures(figures([gold, pred], name), REFERENCE[name], name)
        if name == "devset":
            p = run([gold, pred])
            check(p.stdout.decode() == DEVSET_TEXT, "devset text output:\n" + p.stdout.decode())
    cases = os.path.join("tests", "eval", "cases")
    same_figures(figures([cases + "/gold", cases + "/pred"], "cases"), REFERENCE["cases"], "cases")
    p = run([cases + "/gold", cases + "/pred", "--per-doc"])
    out = p.stdout.decode()
    check(out.startswith(CASES_PER_DOC), "cases --per-doc lines:\n" + out)
    check(p.stderr.decode() == "failed: case-c: [Errno 2] No such file or directory: '%s'\n"
          % os.path.join(cases, "pred", "case-c.json"),
          "a missing prediction is named: %r" % p.stderr.decode())


def test_node_link(tmp):
    """The same graphs as node-link JSON score the same."""
    pred = os.path.join(tmp, "node-link")
    os.mkdir(pred)
    with open(os.path.join(SOURCE_DIR, "tests", "eval", "devset2.jsonl"), encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            g = rec["graph"]
            nodes = [dict({"id": k, "label": v["label"]}, **v["metadata"]) for k, v in g["nodes"].items()]
            doc = {"directed": True, "multigraph": True, "graph": {"generator": "test"},
                   "nodes": nodes, "links": g["edges"]}
            with open(os.path.join(pred, rec["id"] + ".json"), "w", encoding="utf-8") as out:
                json.dump(doc, out)
    same_figures(figures(["tests/devset2/gold", pred], "node-link"), REFERENCE["devset2"], "node-link")


def test_run_equals_files(tmp):
    """--run on parley and PRED_DIR of the files parley wrote agree, and the
    --per-doc lines come before the figures."""
    pred = os.path.join(tmp, "live")
    os.mkdir(pred)
    texts = os.path.join(SOURCE_DIR, "tests", "devset", "texts")
    for fn in sorted(os.listdir(texts)):
        with open(os.path.join(pred, fn[:-4] + ".json"), "wb") as out:
            subprocess.run([BIN, "-q", "-f", "json", "-o", "-", os.path.join(texts, fn)],
                           stdout=out, check=True, timeout=120)
    cmd = shlex.quote(BIN) + " -q --format json --output - {in}"
    live = run(["tests/devset/gold", "tests/devset/texts", "--run", cmd, "--per-doc"])
    files = run(["tests/devset/gold", pred, "--per-doc"])
    check(live.returncode == 0 and live.stdout == files.stdout and live.stderr == b"",
          "--run and PRED_DIR agree:\n%s\n%s%s" % (live.stdout.decode(), files.stdout.decode(),
                                                  live.stderr.decode()))
    lines = live.stdout.decode().splitlines()
    check(len(lines) == 19 + 5 and lines[19].startswith("documents 19 (failed 0)"),
          "19 article lines, then the figures: %r" % lines[17:])
    # A command that fails is an empty graph for that article, named.
    bad = run(["tests/devset/gold", "tests/devset/texts", "--run", "exit 3 {in}", "--json"])
    got = json.loads(bad.stdout.decode())
    check(bad.returncode == 0 and got["failed"] == 19 and got["countries_r"] == 0.0,
          "a failing command scores empty: %r" % got)
    check(bad.stderr.decode().startswith("failed: dev-001: exit 3: \n"),
          "a failing command is named: %r" % bad.stderr.decode()[:200])


def test_gold_against_itself(tmp):
    """Each gold file turned into a graph scores 1.000 everywhere."""
    pred = os.path.join(tmp, "self")
    os.mkdir(pred)
    gold_dir = os.path.join(SOURCE_DIR, "tests", "devset2", "gold")
    for fn in sorted(os.listdir(gold_dir)):
        with open(os.path.join(gold_dir, fn), encoding="utf-8") as f:
            gold = json.load(f)
        nodes, edges = {}, []
        for c in gold["countries"]:
            nodes["country:" + c] = {"label": c, "metadata": {"type": "country", "iso3": c}}
        for o in gold["officials"]:
            nodes["official:" + o["name"]] = {"label": o["name"], "metadata": {
                "type": "official", "country": o.get("country")}}
        for i, m in enumerate(gold["meetings"]):
            mid = "meeting:%d" % i
            nodes[mid] = {"label": mid, "metadata": {"type": "meeting", "location": m.get("location"),
                                                     "date": m.get("date"), "status": m.get("status")}}
            for party in m["parties"]:
                if party.startswith("org:"):
                    nid = "organization:" + party[4:]
                    nodes[nid] = {"label": party[4:].replace("-", " "),
                                  "metadata": {"type": "organization"}}
                else:
                    nid = "country:" + party
                edges.append({"source": nid, "target": mid, "relation": "participant"})
        with open(os.path.join(pred, fn), "w", encoding="utf-8") as out:
            json.dump({"graph": {"nodes": nodes, "edges": edges}}, out)
    got = figures([gold_dir, pred], "self")
    for k, v in sorted(got.items()):
        if k not in ("documents", "failed"):
            check(v == 1.0, "gold against itself: %s is %r" % (k, v))


def test_usage(tmp):
    p = run(["tests/devset/gold"])
    check(p.returncode == 2 and p.stderr.decode().startswith("usage: parley-eval GOLD_DIR"),
          "one argument is a usage error: %r" % p.stderr.decode())
    p = run(["tests/devset/gold", os.path.join(tmp, "none")])
    check(p.returncode == 2 and "none: not a directory" in p.stderr.decode(),
          "a missing directory is a usage error: %r" % p.stderr.decode())
    p = run(["tests/devset/gold", "tests/devset/texts", "--run", "cat"])
    check(p.returncode == 2 and "{in}" in p.stderr.decode(),
          "--run without {in} is a usage error: %r" % p.stderr.decode())
    p = run(["--help"])
    check(p.returncode == 0 and b"--per-doc" in p.stdout and b"PRED_DIR" in p.stdout,
          "--help describes the tool")
    cases = "tests/eval/cases"
    p = run([cases + "/gold", cases + "/pred", "--min", "dyad_f1=0.6", "--min", "dyad_r=0.51"])
    check(p.returncode == 1 and p.stdout.decode().endswith("below minimum: dyad_r 0.500 < 0.51\n"),
          "--min names the figure below its minimum: %r" % p.stdout.decode()[-80:])
    p = run([cases + "/gold", cases + "/pred", "--row", "cases"])
    check(p.stdout.decode() == "| cases | 3 | 0.714 | 0.667 | 0.667 | 0.750 / 0.500 / 0.600 | "
          "0.556 | 0.600 / 0.750 | 1.000 | 0.667 | 1.000 |\n",
          "--row prints the row of docs/quality.md's table: %r" % p.stdout.decode())
    p = run([cases + "/gold", cases + "/pred", "--min", "dyad_f1=0.6"])
    check(p.returncode == 0, "--min met exits 0")
    broken = os.path.join(tmp, "broken")
    os.mkdir(broken)
    with open(os.path.join(broken, "x.json"), "w") as f:
        f.write("{")
    p = run([broken, broken])
    check(p.returncode == 2 and p.stderr.decode().startswith("parley-eval: %s/x.json: " % broken),
          "an unreadable gold file is named, exit 2: %r" % p.stderr.decode())


def test_baseline(tmp):
    article = os.path.join(tmp, "b.txt")
    with open(article, "w", encoding="utf-8") as f:
        f.write(" date 2024-05-02\nChinese and Russian envoys held talks in Beijing on Monday. "
                "France sent aid to Mali.\n\nThe US and the UAE signed a deal. Kenya's president "
                "met his Ugandan counterpart.\n")
    p = subprocess.run([sys.executable, BASELINE, article], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=60)
    if not check(p.returncode == 0, "baseline runs: %r" % p.stderr):
        return
    g = json.loads(p.stdout)["graph"]
    check(sorted(g["nodes"]) == ["country:ARE", "country:CHN", "country:FRA", "country:KEN",
                                 "country:MLI", "country:RUS", "country:UGA", "country:USA",
                                 "meeting:s137-ken-uga", "meeting:s17-chn-rus"],
          "baseline nodes: %r" % sorted(g["nodes"]))
    meeting = g["nodes"]["meeting:s17-chn-rus"]["metadata"]
    check(meeting["kind"] == "talks" and meeting["status"] == "held" and meeting["date"] is None,
          "a baseline meeting is held, undated: %r" % meeting)
    check([(e["source"], e["target"]) for e in g["edges"]] == [
        ("country:CHN", "meeting:s17-chn-rus"), ("country:KEN", "meeting:s137-ken-uga"),
        ("country:RUS", "meeting:s17-chn-rus"), ("country:UGA", "meeting:s137-ken-uga")],
        "baseline edges: %r" % g["edges"])
    p = subprocess.run([sys.executable, BASELINE], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    check(p.returncode == 2 and p.stderr.startswith(b"baseline.py: the naive"),
          "baseline without an article is a usage error: %r" % p.stderr[:80])
    # Scored through parley-eval like parley itself.
    got = figures(["tests/devset/gold", "tests/devset/texts", "--run",
                   shlex.quote(sys.executable) + " scripts/baseline.py {in}"], "baseline")
    check(got.get("documents") == 19 and got.get("failed") == 0 and got.get("officials_r") == 0.0
          and 0.0 < got.get("dyad_f1", 0) < 1.0, "the baseline scores on tests/devset: %r" % got)


def main():
    tmp = tempfile.mkdtemp(prefix="parley-eval-test-")
    try:
        for test in (test_reference, test_node_link, test_run_equals_files,
                     test_gold_against_itself, test_usage, test_baseline):
            test(tmp)
    finally:
        shutil.rmtree(tmp)
    if failures:
        print("%d failed" % len(failures))
        return 1
    print("all parley-eval checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
