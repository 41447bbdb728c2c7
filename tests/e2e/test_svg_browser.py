"""test_svg_browser.py: the SVG diagrams as a browser sees them. Each
example article (examples/*.txt), and all of them in one graph, is drawn by
the CLI; headless Chromium then parses each SVG with its own XML parser
(DOMParser, as when it opens the file), inserts it into a page, and reports
what it finds: parse errors, script errors, every text, and every node,
edge and cluster with its id, class and rendered size. The report must
show the title, the legend (drawn after layout) with one entry per node
type, meeting status and relation the graph holds, every node's label, a stable id and class for
every node and edge of the JSON, and the country clusters. One example is
also drawn with --theme dark and with --cluster-by none.

Chromium is a test dependency (scripts/setup.sh installs it): without it
the test fails rather than skips.

    python3 tests/e2e/test_svg_browser.py --screenshots docs/img

also saves a Chromium screenshot (PNG) of each example's SVG in docs/img.
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

SOURCE = os.environ.get("PARLEY_SOURCE_DIR", os.getcwd())
BUILD = os.environ.get("PARLEY_BUILD_DIR", os.path.join(SOURCE, "build"))
PARLEY = os.environ.get("PARLEY_BIN", os.path.join(BUILD, "parley"))

# Headless Chromium as root in a container: no sandbox, no GPU, nothing
# that reaches the network, a fresh profile per run.
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--hide-scrollbars"]

# The page: parses the SVG text with DOMParser (the browser's XML parser),
# adds it to the document so it is laid out, and writes a JSON report into
# <pre id="report">, which --dump-dom prints.
PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>check</title></head><body>
<pre id="report"></pre>
<script>
const report = {parseError: null, errors: [], texts: [], nodes: [], edges: [], clusters: [],
                background: null};
window.addEventListener("error", e => report.errors.push(String(e.message)));
try {
  const doc = new DOMParser().parseFromString(SVG_TEXT, "image/svg+xml");
  const bad = doc.getElementsByTagName("parsererror");
  if (bad.length) {
    report.parseError = bad[0].textContent;
  } else {
    const svg = document.importNode(doc.documentElement, true);
    document.body.appendChild(svg);
    for (const t of svg.querySelectorAll("text")) report.texts.push(t.textContent);
    const box = g => { const b = g.getBBox(); return [b.width, b.height]; };
    for (const g of svg.querySelectorAll("g.node"))
      report.nodes.push({id: g.id, cls: g.getAttribute("class"), size: box(g)});
    for (const g of svg.querySelectorAll("g.edge"))
      report.edges.push({id: g.id, cls: g.getAttribute("class"), size: box(g)});
    for (const g of svg.querySelectorAll("g.cluster"))
      report.clusters.push({id: g.id, cls: g.getAttribute("class")});
    const bg = svg.querySelector("g.graph > polygon");
    report.background = bg ? bg.getAttribute("fill") : null;
  }
} catch (e) {
  report.errors.push(String(e));
}
document.getElementById("report").textContent = JSON.stringify(report);
</script>
</body></html>
"""

failures = 0


def shown_label(node):
    """What the drawing shows of a node's label: a meeting labelled with
    more than three parties shows its kind (its edges name the parties)."""
    meta = node["metadata"]
    if meta["type"] == "meeting" and node["label"].count(", ") >= 3:
        return meta.get("kind") or "meeting"
    return node["label"]


def check(cond, what):
    global failures
    if not cond:
        failures += 1
        print("FAIL:", what, file=sys.stderr)


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def run_chromium(browser, args, workdir):
    profile = tempfile.mkdtemp(dir=workdir, prefix="profile-")
    r = subprocess.run([browser] + CHROMIUM_FLAGS + ["--user-data-dir=" + profile] + args,
                       capture_output=True, text=True, timeout=120)
    shutil.rmtree(profile, ignore_errors=True)
    return r


def browser_report(browser, svg_path, workdir):
    """What Chromium finds in the SVG (the report dictionary), or None."""
    with open(svg_path, encoding="utf-8") as f:
        text = f.read()
    # "</" would end the script element early.
    page = PAGE.replace("SVG_TEXT", json.dumps(text).replace("</", "<\\/"))
    page_path = os.path.join(workdir, os.path.basename(svg_path) + ".html")
    with open(page_path, "w", encoding="utf-8") as f:
        f.write(page)
    r = run_chromium(browser, ["--dump-dom", "file://" + page_path], workdir)
    check(r.returncode == 0, "chromium --dump-dom %s: exit %d: %s" % (page_path, r.returncode, r.stderr[-500:]))
    m = re.search(r'<pre id="report">(.*?)</pre>', r.stdout, re.S)
    check(m is not None, "no report in Chromium's DOM for %s" % svg_path)
    if not m or not m.group(1):
        check(False, "empty report for %s (the page script did not run)" % svg_path)
        return None
    return json.loads(html.unescape(m.group(1)))


def expected_legend(doc):
    """Legend node ids for what the graph holds (src/export/diagram.c): its
    box, a sample per node kind and meeting status, and per relation its
    name (beside a line between two invisible points, not drawn as nodes)."""
    ids = {"legend_box"}
    for node in doc["graph"]["nodes"].values():
        meta = node["metadata"]
        if meta["type"] == "meeting":
            ids.add("legend_meeting_" + meta["status"] if meta.get("status") else "legend_meeting")
        else:
            ids.add("legend_" + meta["type"])
    for edge in doc["graph"]["edges"]:
        ids.add("legend_rel_" + edge["relation"])
    return ids


def check_report(name, rep, doc, clusters=True, background="white"):
    check(rep["parseError"] is None, "%s: XML parse error in Chromium: %s" % (name, rep["parseError"]))
    check(rep["errors"] == [], "%s: script errors: %s" % (name, rep["errors"]))
    if rep["parseError"] is not None:
        return
    texts = rep["texts"]
    joined = " ".join(texts).casefold()
    # The title names the first document by its file name, without folders.
    first = os.path.basename(doc["graph"]["metadata"]["documents"][0]["id"])
    check(any(t.startswith(first) or first in t for t in texts),
          "%s: no title naming %s" % (name, first))
    # Every node's label is in the text, on one line or wrapped over
    # consecutive ones (a meeting whose label repeats its kind shows the
    # kind, hence the case-insensitive match).
    for node_id, node in doc["graph"]["nodes"].items():
        check(shown_label(node).casefold() in joined, "%s: label %r of %s not in the DOM" % (name, node["label"], node_id))
    nodes = {n["id"]: n for n in rep["nodes"]}
    edges = {e["id"]: e for e in rep["edges"]}
    # Stable ids and classes: the node id itself, "SOURCE>RELATION>TARGET".
    for node_id, node in doc["graph"]["nodes"].items():
        n = nodes.get(node_id)
        check(n is not None, "%s: no element with id %s" % (name, node_id))
        if n:
            want = "node " + node["metadata"]["type"]
            check(n["cls"].startswith(want), "%s: %s has class %r, want %r..." % (name, node_id, n["cls"], want))
            check(n["size"][0] > 0 and n["size"][1] > 0, "%s: %s is not drawn (%s)" % (name, node_id, n["size"]))
    for edge in doc["graph"]["edges"]:
        eid = "%s>%s>%s" % (edge["source"], edge["relation"], edge["target"])
        e = edges.get(eid)
        check(e is not None, "%s: no edge element %s" % (name, eid))
        if e:
            check(e["cls"].startswith("edge " + edge["relation"]), "%s: edge %s class %r" % (name, eid, e["cls"]))
    # The legend: one entry per node type, meeting status and relation
    # present, and nothing else.
    legend = {n["id"] for n in rep["nodes"] if n["cls"] == "node legend"}
    check(legend == expected_legend(doc), "%s: legend %s, want %s" % (name, sorted(legend), sorted(expected_legend(doc))))
    samples = {e["id"] for e in rep["edges"] if e["cls"].startswith("edge legend ")}
    want = {"legend_rel_" + e["relation"] for e in doc["graph"]["edges"]}
    check(samples == want, "%s: legend edge samples %s, want %s" % (name, sorted(samples), sorted(want)))
    # Officials in a cluster of their country (dot draws clusters).
    countries = {n["metadata"]["country"] for n in doc["graph"]["nodes"].values()
                 if n["metadata"]["type"] == "official" and n["metadata"]["country"]}
    got = {c["id"] for c in rep["clusters"] if c["cls"] == "cluster country"}
    want = {"cluster_country:" + c for c in countries} if clusters else set()
    check(got == want, "%s: country clusters %s, want %s" % (name, sorted(got), sorted(want)))
    check(rep["background"] == background, "%s: background %r, want %r" % (name, rep["background"], background))


def run_parley(args, out_dir):
    # From the source directory with relative paths, so titles read
    # "examples/NAME.txt", as in output/.
    r = subprocess.run([PARLEY, "-o", out_dir] + args, capture_output=True, text=True,
                       timeout=300, cwd=SOURCE)
    check(r.returncode == 0, "parley %s: exit %d: %s" % (args, r.returncode, r.stderr))
    return r.returncode == 0


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def svg_size_px(path):
    """The SVG's width and height in CSS pixels (Graphviz writes pt)."""
    with open(path, encoding="utf-8") as f:
        head = f.read(4096)
    w = re.search(r'<svg width="([0-9.]+)pt" height="([0-9.]+)pt"', head)
    return (int(float(w.group(1)) * 4 / 3) + 1, int(float(w.group(2)) * 4 / 3) + 1) if w else (1200, 900)


def screenshot(browser, svg_path, png_path, workdir):
    w, h = svg_size_px(svg_path)
    r = run_chromium(browser, ["--screenshot=" + png_path, "--window-size=%d,%d" % (w, h),
                               "file://" + os.path.abspath(svg_path)], workdir)
    ok = r.returncode == 0 and os.path.exists(png_path)
    check(ok, "chromium --screenshot %s: exit %d: %s" % (svg_path, r.returncode, r.stderr[-500:]))
    if ok:
        with open(png_path, "rb") as f:
            check(f.read(8) == b"\x89PNG\r\n\x1a\n", "%s is not a PNG" % png_path)


def main():
    shots = None
    if len(sys.argv) == 3 and sys.argv[1] == "--screenshots":
        shots = sys.argv[2]
        os.makedirs(shots, exist_ok=True)
    elif len(sys.argv) != 1:
        print("usage: test_svg_browser.py [--screenshots DIR]", file=sys.stderr)
        return 2
    browser = chromium()
    check(browser is not None, "Chromium is not installed (scripts/setup.sh installs it)")
    examples = os.path.join(SOURCE, "examples")
    articles = sorted(os.path.join("examples", f) for f in os.listdir(examples) if f.endswith(".txt"))
    check(len(articles) > 0, "no examples/*.txt")
    if not browser or not articles:
        return 1
    runs = [(os.path.splitext(os.path.basename(a))[0], [a], [], {}) for a in articles]
    # dot by name: parley's own choice may take sfdp for the three, which
    # draws no state boxes.
    runs.append(("graph", articles, ["--layout", "dot"], {}))
    first = os.path.splitext(os.path.basename(articles[0]))[0]
    runs.append((first + "-dark", [articles[0]], ["--theme", "dark"], {"background": "#1e1f22"}))
    runs.append((first + "-flat", [articles[0]], ["--cluster-by", "none"], {"clusters": False}))
    with tempfile.TemporaryDirectory() as d:
        for name, inputs, extra, expect in runs:
            if not run_parley(["--name", name, "-f", "svg,json"] + extra + inputs, d):
                continue
            svg = os.path.join(d, name + ".svg")
            rep = browser_report(browser, svg, d)
            if rep is not None:
                check_report(name, rep, load_json(os.path.join(d, name + ".json")), **expect)
            if shots:
                screenshot(browser, svg, os.path.join(shots, name + ".png"), d)
        # A screenshot of the SVG file itself loads and renders too.
        screenshot(browser, os.path.join(d, runs[0][0] + ".svg"), os.path.join(d, "shot.png"), d)
    if failures:
        print("%d failure(s)" % failures, file=sys.stderr)
        return 1
    print("ok: %d drawings checked in %s" % (len(runs), browser))
    return 0


if __name__ == "__main__":
    sys.exit(main())
