"""test_xml_csv_formats.py: the GraphML, GEXF and Neo4j CSV outputs read
back by the tools they are for, and compared with the JSON output of the same
graph, node by node and edge by edge:

- GraphML and GEXF by NetworkX (networkx.read_graphml, read_gexf) and by
  graphology's own parsers (graphology-graphml, graphology-gexf, run with
  node from tests/js, installed by scripts/setup.sh), and by Python's XML
  parser (well-formed, namespaces, declarations before use);
- the CSV files by Python's csv module (strict), their headers exactly;
- GEXF spells checked against the meeting dates with Python's calendar.

Graphs: the example articles through the CLI, one by one and all together,
and the graphs unit test test_formats writes (test_formats --write DIR):
hostile strings (control characters, invalid UTF-8, quotes, commas, CR/LF,
'<&>', non-ASCII, ids that collide once cleaned), 200 nodes of seeded random
bytes, a small graph, an empty one. Also the CLI's handling of -f csv.
"""
import calendar
import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import traceback
import xml.etree.ElementTree as ET

import networkx as nx

SOURCE = os.environ.get("PARLEY_SOURCE_DIR", os.getcwd())
BUILD = os.environ.get("PARLEY_BUILD_DIR", os.path.join(SOURCE, "build"))
PARLEY = os.environ.get("PARLEY_BIN", os.path.join(BUILD, "parley"))
TEST_FORMATS = os.path.join(BUILD, "tests", "test_formats")
READ_GRAPH_JS = os.path.join(SOURCE, "tests", "js", "read_graph.js")
GRAPHML_NS = "{http://graphml.graphdrawing.org/xmlns}"
GEXF_NS = "{http://www.gexf.net/1.2draft}"

RESERVED = {"id", "type", "label", "mentions", "documents", "evidence"}
EVIDENCE_COLUMNS = ["evidence:string[]", "evidence_document:string[]",
                    "evidence_start:long[]", "evidence_end:long[]"]
# The examples have every node type, so every schema key, in this order.
EXAMPLE_NODES_HEADER = ("id:ID(Node),:LABEL,type,label,iso3,country,title,kind,date,status,"
                        "location,mentions:int,documents:int,evidence:string[],"
                        "evidence_document:string[],evidence_start:long[],evidence_end:long[]")
EDGES_HEADER = (":START_ID(Node),:END_ID(Node),:TYPE,mentions:int,documents:int,"
                "evidence:string[],evidence_document:string[],evidence_start:long[],"
                "evidence_end:long[]")

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what, file=sys.stderr)
    return cond


# ---- what each format should hold, derived from the JSON ----------------

# XML 1.0 forbids most C0 controls; parley drops those, DEL, the C1 controls
# and U+FFFE/U+FFFF (src/export/escape.h).
XML_DROPPED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
# In the evidence JSON, jansson has already escaped the C0 controls.
EVIDENCE_DROPPED = re.compile("[\x7f-\x9f\ufffe\uffff]")


def xml_clean(s):
    return XML_DROPPED.sub("", s)


def json_nodes(doc):
    """[(id, label, metadata)] in the JSON's (the graph's) order."""
    return [(k, v["label"], v["metadata"]) for k, v in doc["graph"]["nodes"].items()]


def expected_evidence(records):
    """The evidence string's records, as the XML formats carry them."""
    return [{k: EVIDENCE_DROPPED.sub("", v) if isinstance(v, str) else v
             for k, v in r.items()} for r in records]


def no_empty(attrs):
    """NetworkX reads an empty <data> (GraphML) as no value, graphology-gexf
    an empty label as none: empty strings are left out of comparisons."""
    return {k: v for k, v in attrs.items() if v != ""}


def expected_xml_node(label, meta):
    """A node's attributes as NetworkX reads them from GraphML."""
    want = {"type": meta["type"], "label": xml_clean(label)}
    for k, v in meta.items():
        if k not in RESERVED and v is not None and xml_clean(k):
            want[xml_clean(k)] = xml_clean(v)
    want["mentions"] = meta["mentions"]
    want["documents"] = meta["documents"]
    return no_empty(want)


def xml_ids(doc, read_ids):
    """JSON id -> the id the XML format gave the same node (same position)."""
    ids = list(read_ids)
    nodes = json_nodes(doc)
    check(len(ids) == len(nodes), "node count %d, JSON has %d" % (len(ids), len(nodes)))
    return {n[0]: i for n, i in zip(nodes, ids)}


def compare_attrs(what, got, want):
    """got: node or edge data read from XML; the evidence compared parsed."""
    got = no_empty(got)
    ev = got.pop("evidence", None)
    want = dict(want)
    want_ev = want.pop("evidence")
    check(got == want, "%s: attributes %r, want %r" % (what, got, want))
    try:
        parsed = json.loads(ev) if ev is not None else None
    except ValueError:
        parsed = None
    check(parsed == want_ev, "%s: evidence %r, want %r" % (what, ev, want_ev))


def compare_graph(name, doc, nodes, edges):
    """nodes: [(id, attrs)] in order; edges: [(source, target, attrs)], any
    order. attrs as NetworkX gives them for GraphML."""
    ids = xml_ids(doc, (n[0] for n in nodes))
    for (jid, label, meta), (xid, attrs) in zip(json_nodes(doc), nodes):
        want = expected_xml_node(label, meta)
        want["evidence"] = expected_evidence(meta["evidence"])
        compare_attrs("%s: node %r" % (name, xid), attrs, want)
    check(len(set(ids.values())) == len(ids), "%s: node ids not unique" % name)

    def key(e):
        return (e[0], e[1], e[2]["relation"])

    want_edges = sorted(((ids[e["source"]], ids[e["target"]],
                          {"relation": e["relation"], "mentions": e["metadata"]["mentions"],
                           "documents": e["metadata"]["documents"],
                           "evidence": expected_evidence(e["metadata"]["evidence"])})
                         for e in doc["graph"]["edges"]), key=key)
    got_edges = sorted(edges, key=key)
    check(len(got_edges) == len(want_edges),
          "%s: %d edges, JSON has %d" % (name, len(got_edges), len(want_edges)))
    for g, w in zip(got_edges, want_edges):
        check(key(g) == key(w), "%s: edge %r, want %r" % (name, key(g), key(w)))
        compare_attrs("%s: edge %r" % (name, key(g)), g[2], w[2])


# ---- GraphML --------------------------------------------------------------

# XML 1.0's NameChar, less the rarely used non-ASCII exclusions: what the
# GraphML schema's xs:NMTOKEN ids and attr.names must consist of.
NMTOKEN = re.compile("[A-Za-z0-9._:\\-\u00b7\u00c0-\ufffd]+")


def check_graphml_structure(name, path, tokens):
    """Well-formed, and shaped as the GraphML schema wants: keys typed and
    declared before the graph, every <data> naming a key of its domain.
    With tokens (the extractor's graphs), node ids, edge ends, key ids and
    attribute names are XML name tokens, as the schema types them."""
    root = ET.parse(path).getroot()
    check(root.tag == GRAPHML_NS + "graphml", "%s: root is %s" % (name, root.tag))
    keys = {}
    children = list(root)
    graph_at = [i for i, c in enumerate(children) if c.tag == GRAPHML_NS + "graph"]
    check(len(graph_at) == 1, "%s: %d <graph> elements" % (name, len(graph_at)))
    for i, c in enumerate(children):
        if c.tag == GRAPHML_NS + "key":
            check(i < graph_at[0], "%s: <key> after <graph>" % name)
            check(c.get("attr.type") in ("string", "int"), "%s: key type %s" % (name, c.get("attr.type")))
            check(c.get("id") not in keys, "%s: key id %s twice" % (name, c.get("id")))
            keys[c.get("id")] = c.get("for")
            if tokens:
                check(NMTOKEN.fullmatch(c.get("id")) and NMTOKEN.fullmatch(c.get("attr.name")),
                      "%s: key %r is no NMTOKEN" % (name, c.get("attr.name")))
    graph = children[graph_at[0]]
    check(graph.get("edgedefault") == "directed", "%s: not directed" % name)
    for el in graph:
        domain = el.tag[len(GRAPHML_NS):]
        check(domain in ("node", "edge"), "%s: <%s> in <graph>" % (name, domain))
        for a in ("id", "source", "target") if tokens else ():
            check(el.get(a) is None or NMTOKEN.fullmatch(el.get(a)),
                  "%s: %s %s=%r is no NMTOKEN" % (name, domain, a, el.get(a)))
        for d in el:
            check(keys.get(d.get("key")) == domain,
                  "%s: <data key=%s> in a %s" % (name, d.get("key"), domain))


def graphml_read(path):
    g = nx.read_graphml(path)
    check(g.is_directed(), "%s: NetworkX reads an undirected graph" % path)
    nodes = list(g.nodes(data=True))
    edges = []
    # With parallel edges NetworkX makes a multigraph, the edge ids its keys.
    multi = g.edges(keys=True, data=True) if g.is_multigraph() else \
        ((u, v, d.get("id"), d) for u, v, d in g.edges(data=True))
    for u, v, k, d in multi:
        d = dict(d)
        d.pop("id", None)
        check(re.fullmatch(r"e\d+", k or ""), "%s: edge id %r is not e<N>" % (path, k))
        edges.append((u, v, d))
    return nodes, edges


def check_graphml(name, path, doc, tokens):
    check_graphml_structure(name, path, tokens)
    nodes, edges = graphml_read(path)
    compare_graph(name + ".graphml (NetworkX)", doc, nodes, edges)
    return nodes, edges


# ---- GEXF -----------------------------------------------------------------

def month_end(y, m):
    return "%04d-%02d-%02d" % (y, m, calendar.monthrange(y, m)[1])


def period(s):
    """(first day, last day) of "YYYY-MM-DD", "YYYY-MM" or "YYYY", or None."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", s)
    if not m:
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    if mo is None:
        return ("%04d-01-01" % y, "%04d-12-31" % y)
    mo = int(mo)
    if not 1 <= mo <= 12:
        return None
    if d is None:
        return ("%04d-%02d-01" % (y, mo), month_end(y, mo))
    if not 1 <= int(d) <= calendar.monthrange(y, mo)[1]:
        return None
    return (s, s)


def expected_spells(meta):
    date = meta.get("date") if meta["type"] == "meeting" else None
    if not date:
        return None
    parts = date.split("/")
    if len(parts) > 2:
        return None
    first, last = period(parts[0]), period(parts[-1])
    if not first or not last or first[0] > last[1]:
        return None
    return [(first[0], last[1])]


def check_gexf_structure(name, path):
    root = ET.parse(path).getroot()
    check(root.tag == GEXF_NS + "gexf" and root.get("version") == "1.2",
          "%s: root %s version %s" % (name, root.tag, root.get("version")))
    graph = root.find(GEXF_NS + "graph")
    check(graph is not None and graph.get("defaultedgetype") == "directed"
          and graph.get("timeformat") == "date", "%s: <graph> attributes" % name)
    classes = [a.get("class") for a in graph.findall(GEXF_NS + "attributes")]
    check(classes == ["node", "edge"], "%s: <attributes> classes %r" % (name, classes))


def check_gexf(name, path, doc):
    check_gexf_structure(name, path)
    g = nx.read_gexf(path)
    check(g.is_directed(), "%s: NetworkX reads an undirected graph" % path)
    nodes, spells = [], {}
    for n, d in g.nodes(data=True):
        d = dict(d)
        spells[n] = d.pop("spells", None)
        nodes.append((n, d))
    edges = []
    for u, v, d in g.edges(data=True):
        d = dict(d)
        check(d.pop("label", None) == d.get("relation"), "%s: edge label is not the relation" % name)
        d.pop("id", None)
        edges.append((u, v, d))
    compare_graph(name + ".gexf (NetworkX)", doc, nodes, edges)
    for (jid, label, meta), (xid, _) in zip(json_nodes(doc), nodes):
        check(spells[xid] == expected_spells(meta),
              "%s: node %r date %r: spells %r, want %r"
              % (name, xid, meta.get("date"), spells[xid], expected_spells(meta)))
    return nodes, edges


# ---- graphology -----------------------------------------------------------

def check_graphology(name, fmt, path, nx_nodes, nx_edges):
    """graphology reads the same nodes, in the same order, with the same
    attributes, and the same edges as NetworkX did."""
    r = subprocess.run(["node", READ_GRAPH_JS, fmt, path], capture_output=True, text=True,
                       timeout=120)
    if not check(r.returncode == 0, "%s: graphology-%s failed: %s" % (name, fmt, r.stderr[-2000:])):
        return
    got = json.loads(r.stdout)
    # graphology-gexf takes the type from the first edge: "mixed" without one.
    check(got["type"] == ("directed" if nx_edges or fmt == "graphml" else "mixed"),
          "%s: graphology-%s reads type %s" % (name, fmt, got["type"]))
    check([n[0] for n in got["nodes"]] == [n[0] for n in nx_nodes],
          "%s: graphology-%s node ids differ from NetworkX's" % (name, fmt))
    for (gid, gattrs), (xid, xattrs) in zip(got["nodes"], nx_nodes):
        check(no_empty(gattrs) == no_empty(xattrs), "%s: graphology-%s node %r: %r, NetworkX %r"
              % (name, fmt, gid, gattrs, xattrs))

    def norm(edges):
        out = []
        for s, t, a in edges:
            a = {k: v for k, v in no_empty(a).items() if k not in ("label", "id", "weight")}
            out.append(json.dumps([s, t, a], sort_keys=True))
        return sorted(out)

    check(norm(got["edges"]) == norm(nx_edges),
          "%s: graphology-%s edges differ from NetworkX's" % (name, fmt))


# ---- CSV ------------------------------------------------------------------

def plain_key(k):
    return (re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", k) is not None
            and k not in ("evidence_document", "evidence_start", "evidence_end"))


def csv_rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    return text, rows


def array(values):
    return ";".join(("" if v is None else str(v)).replace(";", ",") for v in values)


def evidence_fields(records):
    return [array(r["sentence"] for r in records), array(r["document"] for r in records),
            array(r["start"] for r in records), array(r["end"] for r in records)]


def check_csv(name, nodes_path, edges_path, doc, nodes_header=None):
    text, rows = csv_rows(nodes_path)
    nodes = json_nodes(doc)
    keys = []
    for _, _, meta in nodes:
        for k in meta:
            if k not in RESERVED and k not in keys and plain_key(k):
                keys.append(k)
    header = (["id:ID(Node)", ":LABEL", "type", "label"] + keys
              + ["mentions:int", "documents:int"] + EVIDENCE_COLUMNS)
    if nodes_header is not None:
        check(",".join(header) == nodes_header, "%s: expected header drifted" % name)
    check(text.split("\n", 1)[0] == ",".join(header),
          "%s.nodes.csv: header %r, want %r" % (name, text.split("\n", 1)[0], ",".join(header)))
    check(len(rows) == len(nodes) + 1, "%s.nodes.csv: %d rows for %d nodes"
          % (name, len(rows) - 1, len(nodes)))
    for (jid, label, meta), row in zip(nodes, rows[1:]):
        want = ([jid, meta["type"].capitalize(), meta["type"], label]
                + ["" if meta.get(k) is None else meta[k] for k in keys]
                + [str(meta["mentions"]), str(meta["documents"])]
                + evidence_fields(meta["evidence"]))
        check(row == want, "%s.nodes.csv: row %r, want %r" % (name, row, want))

    text, rows = csv_rows(edges_path)
    check(text.split("\n", 1)[0] == EDGES_HEADER,
          "%s.edges.csv: header %r" % (name, text.split("\n", 1)[0]))
    edges = doc["graph"]["edges"]
    check(len(rows) == len(edges) + 1, "%s.edges.csv: %d rows for %d edges"
          % (name, len(rows) - 1, len(edges)))
    for e, row in zip(edges, rows[1:]):
        want = ([e["source"], e["target"], e["relation"].upper(),
                 str(e["metadata"]["mentions"]), str(e["metadata"]["documents"])]
                + evidence_fields(e["metadata"]["evidence"]))
        check(row == want, "%s.edges.csv: row %r, want %r" % (name, row, want))


# ---- the checks over one graph ----------------------------------------------

def check_all(name, base, nodes_header=None):
    """base.{json,graphml,gexf,nodes.csv,edges.csv} are one graph; with
    nodes_header, one from the extractor."""
    with open(base + ".json", encoding="utf-8") as f:
        doc = json.load(f)
    nodes, edges = check_graphml(name, base + ".graphml", doc, nodes_header is not None)
    check_graphology(name, "graphml", base + ".graphml", nodes, edges)
    nodes, edges = check_gexf(name, base + ".gexf", doc)
    check_graphology(name, "gexf", base + ".gexf", nodes, edges)
    check_csv(name, base + ".nodes.csv", base + ".edges.csv", doc, nodes_header)
    return doc


# ---- tests --------------------------------------------------------------------

def run(args, cwd, **kw):
    return subprocess.run([PARLEY] + args, cwd=cwd, capture_output=True, timeout=300, **kw)


def test_examples(tmp):
    """Every example, and all of them as one graph, in every format."""
    examples = os.path.join(SOURCE, "examples")
    articles = sorted(os.path.join(examples, a) for a in os.listdir(examples) if a.endswith(".txt"))
    check(articles, "no examples")
    for i, run_inputs in enumerate([[a] for a in articles] + [articles]):
        out = os.path.join(tmp, str(i))
        p = run(["-q", "-o", out, "--name", "g", "-f", "json,graphml,gexf,csv"] + run_inputs, tmp)
        if not check(p.returncode == 0, "parley on %s: %s" % (run_inputs, p.stderr)):
            continue
        check(sorted(os.listdir(out)) == ["g.edges.csv", "g.gexf", "g.graphml", "g.json",
                                          "g.nodes.csv"], "files: %r" % os.listdir(out))
        doc = check_all("examples %d" % i, os.path.join(out, "g"), EXAMPLE_NODES_HEADER)
        check(len(doc["graph"]["nodes"]) > 10 and len(doc["graph"]["edges"]) > 10,
              "examples %d: a small graph" % i)
        meetings = [m for _, _, m in json_nodes(doc) if m["type"] == "meeting" and m["date"]]
        check(meetings, "examples %d: no dated meeting, so no spell checked" % i)


def test_generated(tmp):
    """test_formats' hostile, random, small and empty graphs."""
    if not check(os.path.exists(TEST_FORMATS), "%s not built" % TEST_FORMATS):
        return
    r = subprocess.run([TEST_FORMATS, "--write", tmp], capture_output=True, text=True, timeout=120)
    if not check(r.returncode == 0, "test_formats --write: %s" % r.stderr):
        return
    for name in ("hostile", "random", "small", "empty"):
        check_all(name, os.path.join(tmp, name))
    # The awkward strings are there, read back whole.
    _, rows = csv_rows(os.path.join(tmp, "hostile.nodes.csv"))
    labels = [r[3] for r in rows[1:]]
    check("Comma, \"quote\"\nnewline\r\ncrlf;semi" in labels, "hostile: CSV label lost")
    check("\u00c5land \u4e2d\u6587 \u0639\u0631\u0628\u064a" in labels, "hostile: non-ASCII label lost")
    g = nx.read_graphml(os.path.join(tmp, "hostile.graphml"))
    check(g.nodes["official:ab"]["title"] == "Title, \"with\" all; of\nit\t<&>",
          "hostile: GraphML title %r" % g.nodes["official:ab"].get("title"))
    check(g.nodes["official:ab~2"]["label"] == "Ctl  label", "hostile: control character kept")
    # The empty graph: headers and nothing else.
    with open(os.path.join(tmp, "empty.edges.csv"), encoding="utf-8") as f:
        check(f.read() == EDGES_HEADER + "\n", "empty.edges.csv")
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        g = reader(os.path.join(tmp, "empty." + fmt))
        check(g.number_of_nodes() == 0 and g.number_of_edges() == 0, "empty.%s" % fmt)


def test_xmllint(tmp):
    """libxml2's own checker finds the XML outputs well-formed, hostile ones
    included (the same library wrote them, but xmllint parses strictly)."""
    r = subprocess.run([TEST_FORMATS, "--write", tmp], capture_output=True, timeout=120)
    if not check(r.returncode == 0, "test_formats --write"):
        return
    files = [os.path.join(tmp, f) for f in sorted(os.listdir(tmp)) if f.endswith(("graphml", "gexf"))]
    r = subprocess.run(["xmllint", "--noout"] + files, capture_output=True, text=True)
    check(r.returncode == 0, "xmllint: %s" % r.stderr[-2000:])


def test_cli_csv(tmp):
    article = os.path.join(SOURCE, "examples", "gulf_talks.txt")
    # -o - cannot take the two CSV files.
    for fmt in ("csv", "json,csv"):
        p = run(["-o", "-", "-f", fmt, article], tmp)
        check(p.returncode == 2, "-o - -f %s: exit %d" % (fmt, p.returncode))
        check(b"'--output -' cannot take csv: it is two files" in p.stderr,
              "-o - -f %s: message %r" % (fmt, p.stderr))
        check(p.stdout == b"", "-o - -f %s wrote to stdout" % fmt)
    # The halves are no format names of the command.
    for fmt in ("nodes.csv", "edges.csv", "CSV"):
        p = run(["-o", "out", "-f", fmt, article], tmp)
        check(p.returncode == 2 and b"unknown format '%s'" % fmt.encode() in p.stderr,
              "-f %s: exit %d %r" % (fmt, p.returncode, p.stderr))
    check(not os.path.exists(os.path.join(tmp, "out")), "a usage error wrote files")
    # The default stays dot, svg, json.
    p = run(["-o", "def", article], tmp)
    check(p.returncode == 0 and sorted(os.listdir(os.path.join(tmp, "def"))) ==
          ["gulf_talks.dot", "gulf_talks.json", "gulf_talks.svg"],
          "default formats: %r" % (os.listdir(os.path.join(tmp, "def")) if p.returncode == 0 else p.stderr))
    # One XML format goes to stdout, byte-identical to the file.
    for fmt in ("graphml", "gexf"):
        p = run(["-o", "-", "-f", fmt, article], tmp)
        q = run(["-o", "files", "-f", fmt, article], tmp)
        with open(os.path.join(tmp, "files", "gulf_talks." + fmt), "rb") as f:
            check(p.returncode == 0 and q.returncode == 0 and p.stdout == f.read(),
                  "-o - -f %s differs from the file" % fmt)
    # When the nodes file cannot be written, the edges file is not either.
    out = os.path.join(tmp, "blocked")
    os.makedirs(os.path.join(out, "gulf_talks.nodes.csv"))
    p = run(["-o", out, "-f", "csv,json", article], tmp)
    err = p.stderr.decode()
    check(p.returncode == 1, "blocked nodes file: exit %d" % p.returncode)
    check("gulf_talks.nodes.csv: " in err and
          "gulf_talks.edges.csv: not written, since the nodes file was not" in err,
          "blocked nodes file: message %r" % err)
    check(sorted(os.listdir(out)) == ["gulf_talks.json", "gulf_talks.nodes.csv"],
          "blocked nodes file: files %r" % os.listdir(out))


def main():
    tests = [(name, fn) for name, fn in sorted(globals().items())
             if name.startswith("test_") and callable(fn)]
    passed = failed = 0
    for name, fn in tests:
        before = len(failures)
        with tempfile.TemporaryDirectory(prefix="parley-formats-") as tmp:
            try:
                fn(tmp)
            except Exception:
                failures.append(name)
                print("FAIL %s\n%s" % (name, traceback.format_exc()))
        if len(failures) == before:
            passed += 1
            print("ok   %s" % name)
        else:
            failed += 1
            print("FAIL %s" % name)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
