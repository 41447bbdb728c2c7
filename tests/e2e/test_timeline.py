#!/usr/bin/python3
"""test_timeline.py: --view timeline as a browser draws it.

The three examples together are drawn as a timeline (rows of states, then of
officials) in SVG, PNG and PDF. Headless Chromium lays the SVG out and
reports where each meeting's connector, each row and each marker is; then:
every meeting of the JSON has a connector; dated meetings stand left to
right in the order of their dates, undated ones after all of them; each
meeting's connector spans the rows of all its parties, with a marker on each;
the legend shows the statuses the meetings have. PNG and PDF are written by
the same path. Chromium is a test dependency (scripts/setup.sh installs it).

    python3 tests/e2e/test_timeline.py --screenshots docs/img

also saves Chromium screenshots of the timeline (rows of states) and of the
countries view of the three examples in docs/img.

Run by ctest with PARLEY_BIN set; by hand:
PARLEY_BIN=build/parley /usr/bin/python3 tests/e2e/test_timeline.py
"""
import calendar
import glob
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_svg_browser as browser_tools  # noqa: E402  (Chromium flags and runner)
from harness import sanitized  # noqa: E402

SOURCE = os.environ.get(
    "PARLEY_SOURCE_DIR", os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
BIN = os.path.abspath(os.environ.get("PARLEY_BIN", os.path.join(SOURCE, "build", "parley")))
EXAMPLES = sorted(glob.glob(os.path.join(SOURCE, "examples", "*.txt")))

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>timeline</title></head><body>
<pre id="report"></pre>
<script>
const report = {parseError: null, errors: [], meetings: {}, rows: {}, marks: {}, legend: []};
try {
  const doc = new DOMParser().parseFromString(SVG_TEXT, "image/svg+xml");
  const bad = doc.getElementsByTagName("parsererror");
  if (bad.length) {
    report.parseError = bad[0].textContent;
  } else {
    const svg = document.importNode(doc.documentElement, true);
    document.body.appendChild(svg);
    const box = g => { const b = g.getBBox(); return [b.x, b.y, b.width, b.height]; };
    for (const g of svg.querySelectorAll("g.edge"))
      if (g.classList.contains("timeline-meeting"))
        report.meetings[g.id] = {box: box(g), cls: g.getAttribute("class")};
    for (const g of svg.querySelectorAll("g.node")) {
      if (g.id.startsWith("row:")) report.rows[g.id.slice(4)] = box(g);
      else if (g.id.startsWith("mark:")) report.marks[g.id.slice(5)] = box(g);
      else if (g.classList.contains("legend")) report.legend.push(g.id);
    }
  }
} catch (e) {
  report.errors.push(String(e));
}
document.getElementById("report").textContent = JSON.stringify(report);
</script>
</body></html>
"""



# Time limits hold for the normal build; the sanitizer build (a Debug build
# recording a stack per allocation) is given ten times as long.
SLOW = 10 if sanitized() else 1

failures = 0


def check(cond, what):
    global failures
    if not cond:
        failures += 1
        print("FAIL:", what, file=sys.stderr)


def report_of(browser, svg_path, workdir):
    with open(svg_path, encoding="utf-8") as f:
        text = f.read()
    page = PAGE.replace("SVG_TEXT", json.dumps(text).replace("</", "<\\/"))
    page_path = svg_path + ".html"
    with open(page_path, "w", encoding="utf-8") as f:
        f.write(page)
    r = browser_tools.run_chromium(browser, ["--dump-dom", "file://" + page_path], workdir)
    m = re.search(r'<pre id="report">(.*?)</pre>', r.stdout, re.S)
    check(r.returncode == 0 and m and m.group(1), "chromium on %s: %s" % (svg_path, r.stderr[-300:]))
    return json.loads(html.unescape(m.group(1))) if m and m.group(1) else None


def middle_day(date):
    """The middle of a "YYYY-MM-DD", "YYYY-MM", "YYYY" or "A/B" date, in days."""
    def span(d):
        parts = [int(p) for p in d.split("-")]
        if len(parts) == 3:
            t = calendar.timegm((parts[0], parts[1], parts[2], 0, 0, 0)) / 86400
            return t, t
        if len(parts) == 2:
            days = calendar.monthrange(parts[0], parts[1])[1]
            t = calendar.timegm((parts[0], parts[1], 1, 0, 0, 0)) / 86400
            return t, t + days - 1
        t = calendar.timegm((parts[0], 1, 1, 0, 0, 0)) / 86400
        return t, calendar.timegm((parts[0], 12, 31, 0, 0, 0)) / 86400
    if "/" in date:
        a, b = date.split("/")
        return (span(a)[0] + span(b)[1]) / 2
    lo, hi = span(date)
    return (lo + hi) / 2


def row_key(doc, node_id, rows):
    """The row a participant is drawn on (src/export/timeline.c)."""
    node = doc["graph"]["nodes"][node_id]
    meta = node["metadata"]
    if rows == "states" and meta["type"] == "official" and meta.get("country"):
        state = "country:" + meta["country"]
        return state if state in doc["graph"]["nodes"] else meta["country"]
    return node_id


def check_timeline(name, rep, doc, rows):
    check(rep["parseError"] is None and rep["errors"] == [], "%s: %r %r" % (name, rep["parseError"], rep["errors"]))
    meetings = {k: v for k, v in doc["graph"]["nodes"].items() if v["metadata"]["type"] == "meeting"}
    check(set(rep["meetings"]) == set(meetings), "%s: connectors %s, meetings %s"
          % (name, sorted(rep["meetings"]), sorted(meetings)))
    xs = {}
    for mid, m in rep["meetings"].items():
        x, y, w, h = m["box"]
        xs[mid] = x + w / 2
    dated = sorted((middle_day(meetings[m]["metadata"]["date"]), xs[m], m)
                   for m in xs if meetings[m]["metadata"].get("date"))
    undated = [xs[m] for m in xs if not meetings[m]["metadata"].get("date")]
    check(len(dated) >= 2, "%s: fewer than two dated meetings" % name)
    for (d1, x1, m1), (d2, x2, m2) in zip(dated, dated[1:]):
        check(x1 < x2 if d1 < d2 else True, "%s: %s (%s) at x %.1f is not left of %s (%s) at %.1f"
              % (name, m1, d1, x1, m2, d2, x2))
    if undated and dated:
        check(min(undated) > max(x for _, x, _ in dated),
              "%s: undated meetings not after the dated ones" % name)
    for edge in doc["graph"]["edges"]:
        if edge["relation"] != "participant" or edge["target"] not in rep["meetings"]:
            continue
        key = row_key(doc, edge["source"], rows)
        row = rep["rows"].get(key)
        check(row is not None, "%s: no row %s" % (name, key))
        if row is None:
            continue
        # A row's label is text, whose box the font's ascent and descent
        # shift by a point or two; rows are 24 points apart.
        row_y = row[1] + row[3] / 2
        x, y, w, h = rep["meetings"][edge["target"]]["box"]
        check(y - 4 <= row_y <= y + h + 4, "%s: %s does not reach the row of %s (y %.1f, spans %.1f..%.1f)"
              % (name, edge["target"], key, row_y, y, y + h))
        mark = rep["marks"].get(edge["target"] + "@" + key)
        check(mark is not None, "%s: no marker of %s on row %s" % (name, edge["target"], key))
        if mark:
            check(abs(mark[0] + mark[2] / 2 - xs[edge["target"]]) < 1 and
                  abs(mark[1] + mark[3] / 2 - row_y) < 4,
                  "%s: marker of %s on %s is off its row or connector" % (name, edge["target"], key))
    statuses = {m["metadata"].get("status") for m in meetings.values()}
    want = {"legend_box"} | {"legend_meeting_" + s for s in statuses if s}
    check(set(rep["legend"]) == want, "%s: legend %r, want %r" % (name, sorted(rep["legend"]), sorted(want)))


def main():
    shots = None
    if len(sys.argv) == 3 and sys.argv[1] == "--screenshots":
        shots = sys.argv[2]
        os.makedirs(shots, exist_ok=True)
    elif len(sys.argv) != 1:
        print("usage: test_timeline.py [--screenshots DIR]", file=sys.stderr)
        return 2
    browser = browser_tools.chromium()
    check(browser is not None, "Chromium is not installed (scripts/setup.sh installs it)")
    if not browser:
        return 1
    inputs = [os.path.relpath(e, SOURCE) for e in EXAMPLES]
    with tempfile.TemporaryDirectory() as tmp:
        for rows in ("states", "officials"):
            name = "timeline-" + rows
            t0 = time.monotonic()
            p = subprocess.run([BIN, "--view", "timeline", "--timeline-rows", rows, "-f",
                                "svg,png,pdf,json", "-o", tmp, "--name", name] + inputs,
                               cwd=SOURCE, capture_output=True, timeout=120)
            seconds = time.monotonic() - t0
            check(p.returncode == 0 and p.stderr == b"", "%s: exit %d: %r" % (name, p.returncode, p.stderr))
            check(seconds < 6.0 * SLOW, "%s: took %.2f s for three formats" % (name, seconds))
            if p.returncode != 0:
                continue
            with open(os.path.join(tmp, name + ".png"), "rb") as f:
                check(f.read(8) == b"\x89PNG\r\n\x1a\n", "%s.png is not a PNG" % name)
            with open(os.path.join(tmp, name + ".pdf"), "rb") as f:
                check(f.read(5) == b"%PDF-", "%s.pdf is not a PDF" % name)
            with open(os.path.join(tmp, name + ".json"), encoding="utf-8") as f:
                doc = json.load(f)
            rep = report_of(browser, os.path.join(tmp, name + ".svg"), tmp)
            if rep is not None:
                check_timeline(name, rep, doc, rows)
            if shots and rows == "states":
                browser_tools.screenshot(browser, os.path.join(tmp, name + ".svg"),
                                         os.path.join(shots, "timeline.png"), tmp)
        if shots:
            p = subprocess.run([BIN, "--view", "countries", "-f", "svg", "-o", tmp, "--name",
                                "countries"] + inputs, cwd=SOURCE, capture_output=True, timeout=120)
            check(p.returncode == 0, "countries: %r" % p.stderr)
            browser_tools.screenshot(browser, os.path.join(tmp, "countries.svg"),
                                     os.path.join(shots, "countries.png"), tmp)
    if failures:
        print("%d failure(s)" % failures, file=sys.stderr)
        return 1
    print("ok: the timeline follows the dates and reaches every party")
    return 0


if __name__ == "__main__":
    sys.exit(main())
