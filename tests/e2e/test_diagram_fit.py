#!/usr/bin/python3
"""test_diagram_fit.py: the diagrams fit a page, as a reader prints them.

Each example (examples/*.txt) is drawn with dot and with sfdp, the three
together with parley's own choice of engine and with sfdp. The SVG is read
as a printer would scale it onto an A4 page (its width and height in points,
fitted to the page in whichever orientation prints it larger, never
enlarged): every text outside the legend must print at 7 pt or more for one
example, 6 pt or more for the three. (dot alone cannot draw the three on A4
at 6 pt: its ranks make a strip; parley then says so, as tested below.) The legend (the
elements whose class names it) must cover at most 15% of the drawing, show
the same entries at the same places whatever the engine, and never be in the
DOT. The DOT gives every node its data (type, status, ...), which gvpr
selects by without a warning. Each example renders in under 2 s.

Run by ctest with PARLEY_BIN set; by hand:
PARLEY_BIN=build/parley /usr/bin/python3 tests/e2e/test_diagram_fit.py
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from harness import sanitized

SOURCE = os.environ.get(
    "PARLEY_SOURCE_DIR", os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
BIN = os.path.abspath(os.environ.get("PARLEY_BIN", os.path.join(SOURCE, "build", "parley")))
EXAMPLES = sorted(glob.glob(os.path.join(SOURCE, "examples", "*.txt")))
NS = "{http://www.w3.org/2000/svg}"
A4 = (595.28, 841.89)  # points
ENGINES = ["dot", "neato", "fdp", "sfdp", "circo", "twopi"]



# Time limits hold for the normal build; the sanitizer build (a Debug build
# recording a stack per allocation) is given ten times as long.
SLOW = 10 if sanitized() else 1

failures = 0


def check(cond, what):
    global failures
    if not cond:
        failures += 1
        print("FAIL:", what, file=sys.stderr)


def parley(args, cwd):
    t0 = time.monotonic()
    p = subprocess.run([BIN] + args, cwd=cwd, capture_output=True, timeout=120)
    return p, time.monotonic() - t0


def is_legend(el):
    return "legend" in (el.get("class") or "").split()


def points(el):
    """The x, y coordinates an SVG shape element draws through."""
    if el.tag in (NS + "polygon", NS + "polyline"):
        nums = [float(v) for v in re.split(r"[ ,]+", el.get("points").strip())]
    elif el.tag == NS + "path":
        nums = [float(v) for v in re.findall(r"-?[0-9.]+(?:e-?[0-9]+)?", el.get("d"))]
    elif el.tag == NS + "ellipse":
        cx, cy, rx, ry = (float(el.get(k)) for k in ("cx", "cy", "rx", "ry"))
        nums = [cx - rx, cy - ry, cx + rx, cy + ry]
    elif el.tag == NS + "text":
        nums = [float(el.get("x")), float(el.get("y"))]
    else:
        return []
    return list(zip(nums[0::2], nums[1::2]))


def read_svg(path):
    """Width and height (pt), the drawing's scale, the non-legend font
    sizes, and the legend: its box and each entry's text with its position
    relative to the box's top left corner (in drawing units)."""
    root = ET.parse(path).getroot()
    w = float(root.get("width").rstrip("pt"))
    h = float(root.get("height").rstrip("pt"))
    graph = root.find(NS + "g")
    m = re.search(r"scale\(([0-9.]+)", graph.get("transform", ""))
    scale = float(m.group(1)) if m else 1.0
    sizes, legend_box, legend_texts, legend_points = [], None, [], []

    def walk(el, in_legend, group_id):
        in_legend = in_legend or is_legend(el)
        if el.tag == NS + "g" and el.get("id"):
            group_id = el.get("id")
        if el.tag == NS + "text":
            if in_legend:
                legend_texts.append((group_id, el.text, float(el.get("x")), float(el.get("y"))))
            else:
                sizes.append(float(el.get("font-size")))
        if in_legend:
            legend_points.extend(points(el))
        for child in el:
            walk(child, in_legend, group_id)

    walk(root, False, None)
    if legend_points:
        xs = [p[0] for p in legend_points]
        ys = [p[1] for p in legend_points]
        legend_box = (min(xs), min(ys), max(xs), max(ys))
    return {"w": w, "h": h, "scale": scale, "sizes": sizes, "legend": legend_box,
            "legend_texts": legend_texts}


def printed(svg):
    """The smallest non-legend text in points once the SVG is fitted to an
    A4 page (either way round, never enlarged)."""
    fit = max(min(A4[0] / svg["w"], A4[1] / svg["h"]), min(A4[1] / svg["w"], A4[0] / svg["h"]))
    return min(svg["sizes"]) * svg["scale"] * min(fit, 1.0)


def legend_share(svg):
    x0, y0, x1, y1 = svg["legend"]
    area = (x1 - x0) * (y1 - y0) * svg["scale"] ** 2
    return area / (svg["w"] * svg["h"])


def legend_layout(svg):
    """Each legend text and where it sits from the box's top left, rounded
    to a point: the same for every engine."""
    x0, y0 = svg["legend"][0], svg["legend"][1]
    return sorted((gid, text, round(x - x0), round(y - y0))
                  for gid, text, x, y in svg["legend_texts"])


def test_fit(tmp):
    runs = [([os.path.relpath(e, SOURCE)], os.path.splitext(os.path.basename(e))[0], 7.0,
             ("dot", "sfdp")) for e in EXAMPLES]
    runs.append(([os.path.relpath(e, SOURCE) for e in EXAMPLES], "all", 6.0, ("auto", "sfdp")))
    for inputs, name, least, engines in runs:
        for engine in engines:
            out = os.path.join(tmp, "fit-%s-%s" % (name, engine))
            layout = [] if engine == "auto" else ["--layout", engine]
            p, seconds = parley(["-f", "svg,dot,json", "-o", out, "--name", name] + layout
                                + inputs, SOURCE)
            check(p.returncode == 0, "%s %s: exit %d: %s" % (name, engine, p.returncode, p.stderr))
            if p.returncode != 0:
                continue
            if name != "all":
                check(seconds < 2.0 * SLOW, "%s %s: took %.2f s" % (name, engine, seconds))
            svg = read_svg(os.path.join(out, name + ".svg"))
            pt = printed(svg)
            check(pt >= least, "%s %s: smallest text prints at %.2f pt on A4, want >= %g"
                  % (name, engine, pt, least))
            check(svg["legend"] is not None, "%s %s: no legend" % (name, engine))
            if svg["legend"]:
                share = legend_share(svg)
                check(share <= 0.15, "%s %s: the legend covers %.1f%% of the drawing"
                      % (name, engine, 100 * share))
            # No warning when the text is legible.
            check(b"pt on" not in p.stderr, "%s %s: warned: %s" % (name, engine, p.stderr))


def test_legend_engines(tmp):
    """The legend is drawn after layout: the same entries at the same
    places with every engine."""
    article = os.path.relpath(EXAMPLES[0], SOURCE)
    layouts = {}
    for engine in ENGINES:
        out = os.path.join(tmp, "eng-" + engine)
        p, _ = parley(["-f", "svg", "--layout", engine, "-o", out, article], SOURCE)
        check(p.returncode == 0, "%s: exit %d: %s" % (engine, p.returncode, p.stderr))
        if p.returncode == 0:
            svg = read_svg(glob.glob(os.path.join(out, "*.svg"))[0])
            layouts[engine] = legend_layout(svg)
            check(svg["legend"] is not None and legend_share(svg) <= 0.15,
                  "%s: legend missing or too large" % engine)
    want = layouts.get("dot")
    check(want, "dot: no legend texts")
    for engine, got in layouts.items():
        check(got == want, "%s: legend differs from dot's:\n%r\n%r" % (engine, got, want))


def test_dot_data(tmp):
    """No legend in the DOT; every node has a type; gvpr selects by type and
    status without a warning, and finds what the JSON says."""
    inputs = [os.path.relpath(e, SOURCE) for e in EXAMPLES]
    out = os.path.join(tmp, "data")
    p, _ = parley(["-f", "dot,json", "-o", out, "--name", "g"] + inputs, SOURCE)
    check(p.returncode == 0, "dot,json: exit %d: %s" % (p.returncode, p.stderr))
    dot = os.path.join(out, "g.dot")
    with open(dot, encoding="utf-8") as f:
        text = f.read()
    check("legend" not in text, "the DOT holds a legend")
    with open(os.path.join(out, "g.json"), encoding="utf-8") as f:
        doc = json.load(f)
    nodes = doc["graph"]["nodes"]

    def gvpr(program):
        r = subprocess.run(["gvpr", program, dot], capture_output=True, text=True, timeout=60)
        check(r.returncode == 0 and r.stderr == "", "gvpr %r: exit %d: %s"
              % (program, r.returncode, r.stderr))
        return sorted(r.stdout.split())

    untyped = gvpr('N[type==""]{print(name)}')
    check(untyped == [], "nodes without a type: %r" % untyped)
    planned = gvpr('N[type=="meeting" && status=="planned"]{print(name)}')
    want = sorted(k for k, v in nodes.items()
                  if v["metadata"]["type"] == "meeting" and v["metadata"].get("status") == "planned")
    check(planned and planned == want, "gvpr planned meetings %r, want %r" % (planned, want))
    states = gvpr('N[type=="country" && iso3=="USA"]{print(name)}')
    check(states == ["country:USA"], "gvpr USA: %r" % states)
    met = gvpr('E[relation=="held_in"]{print(tail.name)}')
    want = sorted(e["source"] for e in doc["graph"]["edges"] if e["relation"] == "held_in")
    check(met == want, "gvpr held_in edges %r, want %r" % (met, want))
    # Every node of the JSON, no other.
    names = gvpr('N{print(name)}')
    check(names == sorted(nodes), "DOT nodes differ from the JSON's")


def test_small_text_warning(tmp):
    """A drawing that cannot print legibly is still written, with one
    warning naming a view that draws less."""
    out = os.path.join(tmp, "warn")
    inputs = [os.path.relpath(e, SOURCE) for e in EXAMPLES]
    p, _ = parley(["-f", "svg,png", "--page", "16:9", "--portrait", "-o", out, "--name", "g"]
                  + inputs, SOURCE)
    check(p.returncode == 0, "16:9 portrait: exit %d: %s" % (p.returncode, p.stderr))
    lines = p.stderr.decode().splitlines()
    warn = [ln for ln in lines if "pt on" in ln]
    check(len(warn) == 1 and re.match(
        r"parley: .*g\.svg: the drawing prints its text at [0-9.]+ pt on a 16:9 page "
        r"\(under 6 pt, not legible\); --view countries or --focus NODE draws less; "
        r"the file is written all the same$", warn[0]), "warning: %r" % lines)
    check(os.path.getsize(os.path.join(out, "g.svg")) > 0, "no SVG written")
    # dot, asked for by name, is kept: the three examples then print small,
    # and parley says so once.
    p, _ = parley(["-f", "svg", "--layout", "dot", "-o", out, "--name", "d"] + inputs, SOURCE)
    lines = p.stderr.decode().splitlines()
    check(p.returncode == 0 and len(lines) == 1 and re.match(
        r"parley: .*d\.svg: the drawing prints its text at [0-9.]+ pt on an A4 page", lines[0]),
        "dot: %r" % lines)
    p, _ = parley(["-q", "-f", "svg", "--page", "16:9", "--portrait", "-o", out, "--name", "g"]
                  + inputs, SOURCE)
    check(p.returncode == 0 and p.stderr == b"", "-q still warns: %r" % p.stderr)
    # The page and orientation reach Graphviz's size: an A3 portrait
    # drawing is at most A3 wide and high.
    p, _ = parley(["-f", "svg", "--page", "a3", "--portrait", "-o", out, "--name", "a3"]
                  + inputs, SOURCE)
    svg = read_svg(os.path.join(out, "a3.svg"))
    check(svg["w"] <= 841.9 + 1 and svg["h"] <= 1190.6 + 1, "A3 portrait: %r" % svg)
    for bad, msg in ((["--page", "a5"], "unknown page 'a5' (allowed: a4, letter, a3, 16:9)"),
                     (["--timeline-rows", "x"],
                      "unknown --timeline-rows 'x' (allowed: states, officials)")):
        p, _ = parley(bad + inputs, SOURCE)
        check(p.returncode == 2 and p.stderr.decode().startswith("parley: " + msg + "\n"),
              "%r: exit %d: %r" % (bad, p.returncode, p.stderr))


def test_countries_view(tmp):
    """The countries view of the three examples: counts as small labels in
    the diagram's font where above one, no arrowheads, legible on A4."""
    out = os.path.join(tmp, "countries")
    inputs = [os.path.relpath(e, SOURCE) for e in EXAMPLES]
    p, _ = parley(["-f", "svg", "--view", "countries", "-o", out, "--name", "c"] + inputs, SOURCE)
    check(p.returncode == 0 and p.stderr == b"", "countries: %r" % p.stderr)
    root = ET.parse(os.path.join(out, "c.svg")).getroot()
    fonts = {t.get("font-family") for t in root.iter(NS + "text")}
    check(fonts == {"Helvetica,sans-Serif"}, "fonts: %r" % fonts)
    for g in root.iter(NS + "g"):
        cls = (g.get("class") or "").split()
        if "edge" in cls and "met" in cls:
            check(not list(g.iter(NS + "polygon")), "%s has an arrowhead" % g.get("id"))
            labels = [t.text for t in g.iter(NS + "text")]
            check(all(re.fullmatch(r"[2-9]|[1-9][0-9]+", s) for s in labels),
                  "%s labels %r" % (g.get("id"), labels))
    pt = printed(read_svg(os.path.join(out, "c.svg")))
    check(pt >= 7.0, "countries view prints at %.2f pt" % pt)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        for test in (test_fit, test_legend_engines, test_dot_data, test_small_text_warning,
                     test_countries_view):
            test(tmp)
    if failures:
        print("%d failure(s)" % failures, file=sys.stderr)
        return 1
    print("ok: the diagrams fit the page")
    return 0


if __name__ == "__main__":
    sys.exit(main())
