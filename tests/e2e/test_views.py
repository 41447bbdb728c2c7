#!/usr/bin/python3
"""End-to-end tests of views and filters (--view, --focus, --depth, --since,
--until, --status): exact nodes and edges on two small articles, every view
on examples/ checked against a reference written here in Python from the
full graph's JSON, DOT and SVG of met edges, usage errors and messages.

Run by ctest with PARLEY_BIN set; by hand:
PARLEY_BIN=build/parley /usr/bin/python3 tests/e2e/test_views.py [test_name...]
"""

import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import traceback

import harness  # noqa: E402  (tests/e2e/harness.py)
import xml.etree.ElementTree as ET

SOURCE_DIR = os.environ.get(
    "PARLEY_SOURCE_DIR", os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
BIN = os.path.abspath(os.environ.get("PARLEY_BIN", os.path.join(SOURCE_DIR, "build", "parley")))
EXAMPLES = sorted(glob.glob(os.path.join(SOURCE_DIR, "examples", "*.txt")))
TRY_HELP = "Try 'parley --help' for more information.\n"

# Two articles: a held meeting (Rubio, Sybiha; Saudi Arabia hosts), a planned
# one in April (Rubio, Lavrov), a cancelled one in April (Sybiha's visit to
# Warsaw).
ARTICLE_A = (b" date 2025-03-12\n"
             b"JEDDAH, Saudi Arabia (AP) - U.S. Secretary of State Marco Rubio met Ukrainian\n"
             b"Foreign Minister Andrii Sybiha in Jeddah on Tuesday.\n")
ARTICLE_B = (b" date 2025-04-02\n"
             b"U.S. Secretary of State Marco Rubio will hold talks with Russian Foreign Minister\n"
             b"Sergey Lavrov in Riyadh next week.\n"
             b"Ukrainian Foreign Minister Andrii Sybiha called off his visit to Warsaw.\n")
HELD = "meeting:2025-03-11-sau-ukr-usa"
PLANNED = "meeting:2025-04-rus-usa"
CANCELLED = "meeting:2025-04-pol-ukr"


def run(args, cwd):
    return subprocess.run([BIN] + list(args), cwd=cwd, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=120)


def check(cond, what, proc=None):
    if not cond:
        if proc is not None:
            what += "\n  exit %d\n  stderr: %r" % (proc.returncode,
                                                  proc.stderr.decode("utf-8", "replace"))
        raise AssertionError(what)


def fixtures(tmp):
    for name, data in (("a.txt", ARTICLE_A), ("b.txt", ARTICLE_B)):
        with open(os.path.join(tmp, name), "wb") as f:
            f.write(data)
    return ["a.txt", "b.txt"]


def graph(tmp, args, inputs):
    """The JSON graph of `parley -f json -o - ARGS INPUTS`."""
    p = run(["-q", "-f", "json", "-o", "-"] + list(args) + list(inputs), tmp)
    check(p.returncode == 0, "%r failed" % (args,), p)
    return json.loads(p.stdout)["graph"]


def edges(g):
    return [(e["source"], e["relation"], e["target"], e["metadata"]["mentions"])
            for e in g["edges"]]


def expect(tmp, args, nodes, want_edges, inputs=None):
    g = graph(tmp, args, inputs or fixtures(tmp))
    check(list(g["nodes"]) == nodes, "%r: nodes %r, expected %r" % (args, list(g["nodes"]), nodes))
    check(edges(g) == want_edges, "%r: edges %r, expected %r" % (args, edges(g), want_edges))
    return g


# ---- a reference implementation, from the full graph's JSON --------------------

def date_span(date):
    """(first day, last day) of YYYY, YYYY-MM, YYYY-MM-DD or A/B; None if none."""
    def part(s):
        if re.fullmatch(r"\d{4}", s):
            return s + "-01-01", s + "-12-31"
        m = re.fullmatch(r"(\d{4})-(\d{2})", s)
        if m:
            y, mo = int(m.group(1)), int(m.group(2))
            if not 1 <= mo <= 12:
                return None
            leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
            days = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]
            return "%s-01" % s, "%s-%02d" % (s, days)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            return s, s
        return None
    if date is None:
        return None
    a, _, b = date.partition("/")
    pa, pb = part(a), part(b) if b else part(a)
    if not pa or not pb or pa[0] > pb[1]:
        return None
    return pa[0], pb[1]


def reference(full, view="full", since=None, until=None, statuses=None, focus=None, depth=1):
    """(node ids, edges as (source, relation, target, mentions), met evidence)
    of the view, worked out independently of the C code."""
    nodes = full["nodes"]
    types = {k: v["metadata"]["type"] for k, v in nodes.items()}

    def passes(mid):
        meta = nodes[mid]["metadata"]
        if statuses and meta.get("status") not in statuses:
            return False
        if since or until:
            span = date_span(meta.get("date"))
            if not span or (until and span[0] > until) or (since and span[1] < since):
                return False
        return True

    ok = {k for k in nodes if types[k] == "meeting" and passes(k)}
    out = []  # (source, relation, target, mentions, meetings or None)
    if view == "full":
        keep = {k for k in nodes if types[k] != "meeting" or k in ok}
        out = [(e["source"], e["relation"], e["target"], e["metadata"]["mentions"], None)
               for e in full["edges"] if e["source"] in keep and e["target"] in keep]
    elif view == "meetings":
        part = [e for e in full["edges"] if e["relation"] == "participant" and e["target"] in ok]
        keep = set(ok) | {e["source"] for e in part}
        out = [(e["source"], "participant", e["target"], e["metadata"]["mentions"], None)
               for e in part]
    else:
        kinds = ("country", "organization") if view == "countries" else ("official",)
        keep = {k for k in nodes if types[k] in kinds}
        party = {k: k for k in keep}
        if view == "countries":
            for e in full["edges"]:  # walking order: the first, a country first
                s, t = e["source"], e["target"]
                if e["relation"] != "represents" or types[s] != "official":
                    continue
                if types[t] == "country" and types.get(party.get(s)) != "country":
                    party[s] = t
                elif types[t] == "organization" and s not in party:
                    party[s] = t
            for k in nodes:
                iso = nodes[k]["metadata"].get("country") if types[k] == "official" else None
                if iso and types.get("country:" + iso) == "country":
                    party[k] = "country:" + iso
        met = {}
        for m in [k for k in nodes if k in ok]:  # meetings in walking order
            ps = sorted({party[e["source"]] for e in full["edges"]
                         if e["relation"] == "participant" and e["target"] == m
                         and e["source"] in party})
            for i, a in enumerate(ps):
                for b in ps[i + 1:]:
                    met.setdefault((a, b), []).append(m)
        out = [(a, "met", b, len(ms), ms) for (a, b), ms in met.items()]
    if since or until or statuses:
        linked = {x for e in out for x in e[:3:2]}
        keep &= linked
    if focus is not None:
        seen = {focus}
        frontier = [focus]
        for _ in range(depth):
            reached = []
            for x in frontier:
                for e in out:
                    y = e[2] if e[0] == x else e[0] if e[2] == x else None
                    if y is not None and y not in seen:
                        seen.add(y)
                        reached.append(y)
            frontier = reached
        keep &= seen
        out = [e for e in out if e[0] in keep and e[2] in keep]
    ids = [k for k in nodes if k in keep]
    rel_order = ["represents", "participant", "held_in", "located_in", "met"]
    out.sort(key=lambda e: (e[0].encode(), rel_order.index(e[1]), e[2].encode()))
    return ids, out


def compare(full, got, args, **ref_args):
    """got (the CLI's view) against the reference: node ids and edges exactly,
    copied nodes and edges equal to the full graph's, met edges' evidence
    the first of each of their first five meetings."""
    ids, want = reference(full, **ref_args)
    check(list(got["nodes"]) == ids, "%s: nodes\n  got  %r\n  want %r" % (args, list(got["nodes"]), ids))
    check(edges(got) == [e[:4] for e in want],
          "%s: edges\n  got  %r\n  want %r" % (args, edges(got), [e[:4] for e in want]))

    def same(a, b, what):
        check(a == b, "%s: %s differs from the full graph's:\n  %r\n  %r" % (args, what, a, b))

    for k in ids:
        same(got["nodes"][k], full["nodes"][k], k)
    by_key = {(e["source"], e["relation"], e["target"]): e for e in full["edges"]}
    for e, w in zip(got["edges"], want):
        if w[4] is None:
            same(e, by_key[w[:3]], "edge %r" % (w[:3],))
            continue
        ev = [full["nodes"][m]["metadata"]["evidence"][0] for m in w[4][:5]
              if full["nodes"][m]["metadata"]["evidence"]]
        # Kept in the graph's evidence order: document, start, end.
        ev.sort(key=lambda x: (x["document"].encode(), x["start"], x["end"]))
        check(e["metadata"]["evidence"] == ev, "%s: met %r evidence %r, want %r"
              % (args, w[:3], e["metadata"]["evidence"], ev))
        docs = {x["document"] for m in w[4] for x in full["nodes"][m]["metadata"]["evidence"]}
        most = max(full["nodes"][m]["metadata"]["documents"] for m in w[4])
        want_docs = max(len(docs), most)
        got_docs = e["metadata"]["documents"]
        check(got_docs == want_docs,
              "%s: met %r documents %d, want %d" % (args, w[:3], got_docs, want_docs))


# ---- the tests: each gets a fresh, empty working directory ---------------------

def test_fixture_views(tmp):
    expect(tmp, ["--view", "countries"],
           ["country:POL", "country:RUS", "country:SAU", "country:UKR", "country:USA"],
           [("country:POL", "met", "country:UKR", 1), ("country:RUS", "met", "country:USA", 1),
            ("country:SAU", "met", "country:UKR", 1), ("country:SAU", "met", "country:USA", 1),
            ("country:UKR", "met", "country:USA", 1)])
    expect(tmp, ["--view", "officials"],
           ["official:andrii-sybiha", "official:marco-rubio", "official:sergey-lavrov"],
           [("official:andrii-sybiha", "met", "official:marco-rubio", 1),
            ("official:marco-rubio", "met", "official:sergey-lavrov", 1)])
    expect(tmp, ["--view", "meetings"],
           ["country:POL", "country:SAU", "official:andrii-sybiha", "official:marco-rubio",
            "official:sergey-lavrov", HELD, CANCELLED, PLANNED],
           [("country:POL", "participant", CANCELLED, 1),
            ("country:SAU", "participant", HELD, 1),
            ("official:andrii-sybiha", "participant", HELD, 1),
            ("official:andrii-sybiha", "participant", CANCELLED, 1),
            ("official:marco-rubio", "participant", HELD, 1),
            ("official:marco-rubio", "participant", PLANNED, 1),
            ("official:sergey-lavrov", "participant", PLANNED, 1)])


def test_fixture_filters(tmp):
    # Held only: the Jeddah meeting; the countries left without edges go.
    expect(tmp, ["--view", "countries", "--status", "held"],
           ["country:SAU", "country:UKR", "country:USA"],
           [("country:SAU", "met", "country:UKR", 1), ("country:SAU", "met", "country:USA", 1),
            ("country:UKR", "met", "country:USA", 1)])
    # A month date ("2025-04") overlaps a range that touches it.
    expect(tmp, ["--view", "countries", "--since", "2025-04-30"],
           ["country:POL", "country:RUS", "country:UKR", "country:USA"],
           [("country:POL", "met", "country:UKR", 1), ("country:RUS", "met", "country:USA", 1)])
    expect(tmp, ["--view", "officials", "--until", "2025-03-31"],
           ["official:andrii-sybiha", "official:marco-rubio"],
           [("official:andrii-sybiha", "met", "official:marco-rubio", 1)])
    expect(tmp, ["--view=meetings", "--status", "planned,cancelled", "--since", "2025-04-01",
                 "--until", "2025-04-01"],
           ["country:POL", "official:andrii-sybiha", "official:marco-rubio",
            "official:sergey-lavrov", CANCELLED, PLANNED],
           [("country:POL", "participant", CANCELLED, 1),
            ("official:andrii-sybiha", "participant", CANCELLED, 1),
            ("official:marco-rubio", "participant", PLANNED, 1),
            ("official:sergey-lavrov", "participant", PLANNED, 1)])
    # --status repeated adds up like a list.
    expect(tmp, ["--view", "countries", "--status", "planned", "--status", "cancelled"],
           ["country:POL", "country:RUS", "country:UKR", "country:USA"],
           [("country:POL", "met", "country:UKR", 1), ("country:RUS", "met", "country:USA", 1)])
    # Full view, cancelled only: the other meetings go with their edges;
    # Lavrov keeps his represents edge, Riyadh its located_in.
    g = graph(tmp, ["--status", "cancelled"], fixtures(tmp))
    check(sorted(k for k in g["nodes"] if k.startswith("meeting:")) == [CANCELLED],
          "--status cancelled: meetings %r" % list(g["nodes"]))
    check(all(HELD not in e[::2] and PLANNED not in e[::2] for e in edges(g)),
          "--status cancelled kept an edge of another meeting")
    # No meeting in range: the full view keeps what is linked otherwise.
    expect(tmp, ["--since", "2026-01-01"],
           ["country:POL", "country:RUS", "country:SAU", "country:UKR", "country:USA",
            "official:andrii-sybiha", "official:marco-rubio", "official:sergey-lavrov",
            "location:jeddah", "location:riyadh", "location:warsaw"],
           [("location:jeddah", "located_in", "country:SAU", 2),
            ("location:riyadh", "located_in", "country:SAU", 0),
            ("location:warsaw", "located_in", "country:POL", 0),
            ("official:andrii-sybiha", "represents", "country:UKR", 2),
            ("official:marco-rubio", "represents", "country:USA", 2),
            ("official:sergey-lavrov", "represents", "country:RUS", 1)])
    # ... and the other views nothing: an empty graph, still written.
    expect(tmp, ["--view", "meetings", "--since", "2026-01-01"], [], [])


def test_fixture_focus(tmp):
    expect(tmp, ["--view", "officials", "--focus", "sergey lavrov"],
           ["official:marco-rubio", "official:sergey-lavrov"],
           [("official:marco-rubio", "met", "official:sergey-lavrov", 1)])
    expect(tmp, ["--view", "officials", "--focus", "official:sergey-lavrov", "--depth", "2"],
           ["official:andrii-sybiha", "official:marco-rubio", "official:sergey-lavrov"],
           [("official:andrii-sybiha", "met", "official:marco-rubio", 1),
            ("official:marco-rubio", "met", "official:sergey-lavrov", 1)])
    expect(tmp, ["--view", "countries", "--focus", "POL", "--depth", "0"], ["country:POL"], [])
    # Full view: the edges among the nodes kept, Poland's participation too.
    expect(tmp, ["--focus", "Warsaw"],
           ["country:POL", "location:warsaw", CANCELLED],
           [("country:POL", "participant", CANCELLED, 1),
            ("location:warsaw", "located_in", "country:POL", 0),
            (CANCELLED, "held_in", "location:warsaw", 1)])


def test_examples_against_reference(tmp):
    """Every view, some filters and focuses on examples/, against the
    reference: exact node ids and edges, copies equal to the source."""
    full = graph(tmp, [], EXAMPLES)
    check(len(full["nodes"]) > 20 and any(e["relation"] == "participant" for e in full["edges"]),
          "examples/ gave too small a graph to test views on")
    cases = [([], {})]
    for view in ("full", "countries", "officials", "meetings"):
        cases += [
            (["--view", view], {"view": view}),
            (["--view", view, "--status", "held"], {"view": view, "statuses": {"held"}}),
            (["--view", view, "--status", "planned,cancelled"],
             {"view": view, "statuses": {"planned", "cancelled"}}),
            (["--view", view, "--since", "2025-03-01", "--until", "2025-03-31"],
             {"view": view, "since": "2025-03-01", "until": "2025-03-31"}),
            (["--view", view, "--since", "2025-10-01"], {"view": view, "since": "2025-10-01"}),
        ]
    cases += [
        (["--view", "countries", "--focus", "country:USA"],
         {"view": "countries", "focus": "country:USA"}),
        (["--view", "countries", "--focus", "country:UKR", "--depth", "2"],
         {"view": "countries", "focus": "country:UKR", "depth": 2}),
        (["--view", "officials", "--focus", "official:donald-trump", "--status", "held"],
         {"view": "officials", "focus": "official:donald-trump", "statuses": {"held"}}),
        (["--focus", "country:SAU", "--depth", "3"], {"focus": "country:SAU", "depth": 3}),
    ]
    for args, ref in cases:
        got = full if not args else graph(tmp, args, EXAMPLES)
        compare(full, got, args, **ref)
    # The countries view has met edges, and weights above one.
    g = graph(tmp, ["--view", "countries"], EXAMPLES)
    check(any(e["relation"] == "met" and e["metadata"]["mentions"] > 1 for e in g["edges"]),
          "no pair of countries met twice in examples/")


def test_dot_and_svg(tmp):
    inputs = fixtures(tmp)
    p = run(["-o", "out", "--view", "countries", "--status", "held"] + inputs, tmp)
    check(p.returncode == 0 and p.stderr == b"", "countries view failed", p)
    dot = open(os.path.join(tmp, "out", "graph.dot"), encoding="utf-8").read()
    met = re.findall(r'"(country:\w+)" -> "(country:\w+)"\s*\[([^\]]*)\]', dot)
    check([m[:2] for m in met] == [("country:SAU", "country:UKR"), ("country:SAU", "country:USA"),
                                   ("country:UKR", "country:USA")], "DOT met edges: %r" % met)
    # Each pair met once: no count label, no arrowhead, the thinnest line.
    for _, _, attrs in met:
        check("label" not in attrs and "dir=none" in attrs and "penwidth=1.0" in attrs,
              "DOT met edge attributes: %r" % attrs)
    svg = ET.parse(os.path.join(tmp, "out", "graph.svg")).getroot()
    titles = [t.text for t in svg.iter("{http://www.w3.org/2000/svg}title")]
    check("country:SAU&#45;&gt;country:UKR" in titles or "country:SAU->country:UKR" in titles,
          "SVG lacks the SAU-UKR edge: %r" % titles)
    texts = [t.text for t in svg.iter("{http://www.w3.org/2000/svg}text")]
    # No edge label, and the legend's entry for the relation: a line
    # without an arrowhead, as the edges are drawn.
    check(texts.count("met") == 1, "SVG met labels: %r" % texts)
    legend_met = [g for g in svg.iter("{http://www.w3.org/2000/svg}g")
                  if g.get("class") == "edge legend met"]
    check(len(legend_met) == 1 and
          not list(legend_met[0].iter("{http://www.w3.org/2000/svg}polygon")),
          "legend's met sample: %r" % legend_met)
    fonts = {t.get("font-family") for t in svg.iter("{http://www.w3.org/2000/svg}text")}
    check(fonts == {"Helvetica,sans-Serif"}, "SVG fonts: %r" % fonts)
    doc = json.load(open(os.path.join(tmp, "out", "graph.json")))
    check([e["relation"] for e in doc["graph"]["edges"]] == ["met"] * 3, "JSON relations")

    # A pair that met twice is drawn thicker, labelled with the count: the
    # USA and Ukraine through their officials, then the state receiving.
    with open(os.path.join(tmp, "c.txt"), "wb") as f:
        f.write(b" date 2025-03-12\nMarco Rubio met Andrii Sybiha in Jeddah on Tuesday.\n"
                b"Marco Rubio will visit Kyiv next month to hold talks with Andrii Sybiha.\n")
    p = run(["-f", "dot", "-o", "-", "--view", "countries", "c.txt"], tmp)
    check(p.returncode == 0, "countries view of c.txt failed", p)
    out = p.stdout.decode()
    check(re.search(r'"country:UKR" -> "country:USA"\s*\[[^\]]*'
                    r'label=2,\s*mentions=2,\s*penwidth=2\.5', out) is not None and
          re.search(r'edge \[[^\]]*fontname=Helvetica,\s*fontsize=10,', out) is not None,
          "DOT: no thicker met edge labelled with its count:\n" + out[:2000])


def test_deterministic(tmp):
    inputs = fixtures(tmp)
    for fmt in ("json", "dot"):
        a = run(["-f", fmt, "-o", "-", "--view", "countries"] + EXAMPLES, tmp)
        b = run(["-f", fmt, "-o", "-", "--view", "countries"] + EXAMPLES, tmp)
        check(a.returncode == 0 and a.stdout == b.stdout, "%s differs between runs" % fmt, a)
    a = run(["-f", "json", "-o", "-", "--view", "officials"] + inputs, tmp)
    b = run(["-f", "json", "-o", "-", "--view", "officials"] + list(reversed(inputs)), tmp)
    check(a.returncode == 0 and b.returncode == 0, "officials view failed", a)
    ga, gb = json.loads(a.stdout)["graph"], json.loads(b.stdout)["graph"]
    check(list(ga["nodes"]) == list(gb["nodes"]) and edges(ga) == edges(gb),
          "input order changed the officials view")


def usage_error(tmp, args, message):
    p = run(args, tmp)
    check(p.returncode == 2, "%r: exit %d, expected 2" % (args, p.returncode), p)
    want = "parley: " + message + "\n" + TRY_HELP
    check(p.stderr.decode() == want, "%r: stderr %r, expected %r" % (args, p.stderr.decode(), want), p)
    check(p.stdout == b"" and not os.path.exists(os.path.join(tmp, "output")),
          "%r: usage error wrote something" % (args,))


def test_usage_errors(tmp):
    fixtures(tmp)
    usage_error(tmp, ["--view", "graph", "a.txt"],
                "unknown view 'graph' (allowed: full, countries, officials, meetings, timeline)")
    usage_error(tmp, ["a.txt", "--view"],
                "option '--view' requires a value: full, countries, officials, meetings, timeline")
    usage_error(tmp, ["--status", "held,done", "a.txt"],
                "unknown status 'done' in --status 'held,done' (allowed: held, planned, cancelled)")
    usage_error(tmp, ["--status", "maybe,held", "a.txt"],
                "unknown status 'maybe' in --status 'maybe,held' (allowed: held, planned, cancelled)")
    usage_error(tmp, ["--status", "HELD", "a.txt"],
                "unknown status 'HELD' (allowed: held, planned, cancelled)")
    usage_error(tmp, ["--depth", "2", "a.txt"],
                "--depth needs --focus (the node whose neighbourhood to keep)")
    for bad in ("-1", "two", "1.5", "", "99999999"):
        usage_error(tmp, ["--focus", "usa", "--depth", bad, "a.txt"],
                    "invalid --depth '%s': expected a whole number of steps from 0 to 1000000, "
                    "e.g. 1 or 2" % bad)
    usage_error(tmp, ["--since", "2025-02-30", "a.txt"],
                "invalid --since '2025-02-30': expected a calendar date YYYY-MM-DD, e.g. 2025-03-01")
    usage_error(tmp, ["--until", "2025-03", "a.txt"],
                "invalid --until '2025-03': expected a calendar date YYYY-MM-DD, e.g. 2025-03-01")
    usage_error(tmp, ["--until", "2025-03-01", "--since", "2025-03-02", "a.txt"],
                "--since 2025-03-02 is after --until 2025-03-01")
    usage_error(tmp, ["--focus=", "a.txt"], "--focus needs a node id or name, e.g. country:USA")
    p = run(["--help"], tmp)
    for opt in ("--view", "--focus", "--depth", "--since", "--until", "--status"):
        check(re.search(r"\s%s=" % opt, p.stdout.decode()) is not None, "--help lacks " + opt)


def test_focus_errors(tmp):
    """An unknown or ambiguous focus is found only after reading the inputs:
    exit 1, a message, nothing written."""
    inputs = fixtures(tmp)
    cases = [
        (["--focus", "Atlantis"], "no node of the full view is named 'Atlantis'"),
        (["--focus", "rub"],
         "no node of the full view is named 'rub'; candidates: Marco Rubio (official:marco-rubio)"),
        (["--view", "countries", "--focus", "Marco Rubio"],
         "focus 'Marco Rubio' (official:marco-rubio) is not in the countries view"),
        (["--view", "countries", "--status", "held", "--focus", "Poland"],
         "focus 'Poland' (country:POL) is not in the countries view after the meeting filters"),
    ]
    for args, message in cases:
        p = run(["-o", "out"] + args + inputs, tmp)
        check(p.returncode == 1, "%r: exit %d, expected 1" % (args, p.returncode), p)
        check(p.stderr.decode() == "parley: %s\n" % message,
              "%r: stderr %r, expected %r" % (args, p.stderr.decode(), message), p)
        check(not os.path.exists(os.path.join(tmp, "out")), "%r: wrote outputs" % (args,))
    # (An ambiguous name is tested in tests/unit/test_view.c: the extractor
    # does not make two nodes of one name from a short article.)


def main():
    return harness.run_tests(globals(), "parley-views-")


if __name__ == "__main__":
    sys.exit(main())
