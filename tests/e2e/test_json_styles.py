"""test_json_styles.py: each JSON style (--json-style) loaded by the client
it is for, and compared with the JGF output of the same graph:

- node-link by NetworkX (Debian's python3-networkx, networkx.node_link_graph):
  a directed multigraph with exactly the JGF's nodes (in order), edges (key =
  relation) and attributes, evidence included;
- cytoscape by Cytoscape.js (npm cytoscape in tests/js, headless under node,
  tests/js/cytoscape_load.js): the same nodes and edges, edge ids unique and
  distinct from node ids, no element dropped or warned about;
- jgf against the JSON Graph Format v2 schema (tests/schema/jgf-v2.json).

Inputs: each example article alone and all together through the CLI, and an
empty graph and one of awkward strings (quotes, control characters,
non-ASCII, invalid UTF-8, ids with spaces) written by the unit test
(test_json_styles --write DIR). Also the CLI's answer to a bad style.
"""
import inspect
import json
import os
import shutil
import subprocess
import sys
import tempfile

import jsonschema
import networkx as nx

SOURCE = os.environ.get("PARLEY_SOURCE_DIR", os.getcwd())
BUILD = os.environ.get("PARLEY_BUILD_DIR", os.path.join(SOURCE, "build"))
PARLEY = os.environ.get("PARLEY_BIN", os.path.join(BUILD, "parley"))
WRITER = os.path.join(BUILD, "tests", "test_json_styles")
CYTOSCAPE_LOAD = os.path.join(SOURCE, "tests", "js", "cytoscape_load.js")
STYLES = ("jgf", "node-link", "cytoscape")
# Keys the flat styles (node-link, cytoscape) do not take from attributes.
FLAT_RESERVED = {"id", "type", "label", "mentions", "documents", "evidence", "parent"}

failures = 0


def check(cond, what):
    global failures
    if not cond:
        failures += 1
        print("FAIL:", what, file=sys.stderr)
    return cond


def load_validator():
    with open(os.path.join(SOURCE, "tests", "schema", "jgf-v2.json"), encoding="utf-8") as f:
        return jsonschema.Draft7Validator(json.load(f))


def expected(jgf):
    """What the flat styles must hold, from the JGF document: the nodes as
    (id, fields) in order, the edges as (source, target, relation, fields),
    and the graph's own data."""
    graph = jgf["graph"]
    nodes = []
    for node_id, node in graph["nodes"].items():
        meta = node["metadata"]
        fields = {"type": meta["type"], "label": node["label"]}
        for k, v in meta.items():
            if k not in FLAT_RESERVED:
                fields[k] = v
        for k in ("mentions", "documents", "evidence"):
            fields[k] = meta[k]
        nodes.append((node_id, fields))
    edges = []
    for e in graph["edges"]:
        fields = {"relation": e["relation"]}
        fields.update(e["metadata"])
        edges.append((e["source"], e["target"], e["relation"], fields))
    return nodes, edges, graph["metadata"]


def node_link_graph(doc):
    """networkx.node_link_graph for either spelling of the edge list:
    "links" (what parley writes; NetworkX 2.8's default) or "edges"
    (NetworkX 3.6's default). NetworkX 3.4 renamed the argument that names
    it from link= to edges=."""
    spelling = "links" if "links" in doc else "edges"
    if "edges" in inspect.signature(nx.node_link_graph).parameters:
        return nx.node_link_graph(doc, edges=spelling)
    return nx.node_link_graph(doc, link=spelling)


def check_node_link(name, jgf, doc):
    nodes, edges, about = expected(jgf)
    G = node_link_graph(doc)
    check(G.is_directed() and G.is_multigraph(), "%s: not a directed multigraph" % name)
    check(list(G.nodes) == [i for i, _ in nodes],
          "%s: NetworkX nodes %s, JGF %s" % (name, list(G.nodes)[:5], [i for i, _ in nodes][:5]))
    for node_id, fields in nodes:
        if node_id in G:
            check(dict(G.nodes[node_id]) == fields,
                  "%s: node %r: NetworkX %r, JGF %r" % (name, node_id, dict(G.nodes[node_id]),
                                                         fields))
    check(G.number_of_edges() == len(edges),
          "%s: NetworkX has %d edges, JGF %d" % (name, G.number_of_edges(), len(edges)))
    for source, target, rel, fields in edges:
        if check(G.has_edge(source, target, key=rel),
                 "%s: no edge %s -%s-> %s in NetworkX" % (name, source, rel, target)):
            check(dict(G.edges[source, target, rel]) == fields,
                  "%s: edge %s -%s-> %s: NetworkX %r, JGF %r"
                  % (name, source, rel, target, dict(G.edges[source, target, rel]), fields))
    check(G.graph == about, "%s: graph data %r, JGF metadata %r" % (name, G.graph, about))


def check_cytoscape(name, jgf, loaded):
    nodes, edges, about = expected(jgf)
    if not check("error" not in loaded, "%s: Cytoscape.js: %s" % (name, loaded.get("error"))):
        return
    check(loaded["warnings"] == [], "%s: Cytoscape.js warned: %s" % (name, loaded["warnings"]))
    check(loaded["data"] == about, "%s: cy.data() %r, JGF metadata %r" % (name, loaded["data"],
                                                                         about))
    got = loaded["nodes"]
    check([n["id"] for n in got] == [i for i, _ in nodes],
          "%s: Cytoscape nodes %s, JGF %s" % (name, [n["id"] for n in got][:5],
                                              [i for i, _ in nodes][:5]))
    for n, (node_id, fields) in zip(got, nodes):
        want = dict(fields, id=node_id)
        check(n == want, "%s: node %r: Cytoscape %r, JGF %r" % (name, node_id, n, want))
    got = loaded["edges"]
    check(len(got) == len(edges), "%s: Cytoscape has %d edges, JGF %d" % (name, len(got),
                                                                           len(edges)))
    ids = [e["data"]["id"] for e in got]
    check(len(set(ids)) == len(ids), "%s: Cytoscape edge ids repeat" % name)
    check(not set(ids) & {i for i, _ in nodes}, "%s: an edge id is a node id" % name)
    for e, (source, target, rel, fields) in zip(got, edges):
        data = dict(e["data"])
        check(e["source"] == source and e["target"] == target and
              data.pop("source") == source and data.pop("target") == target,
              "%s: edge %s: ends %s -> %s, JGF %s -> %s" % (name, data["id"], e["source"],
                                                            e["target"], source, target))
        data.pop("id")
        check(data == fields, "%s: edge %s -%s-> %s: Cytoscape %r, JGF %r"
              % (name, source, rel, target, data, fields))


def load_in_cytoscape(paths):
    """{path: what tests/js/cytoscape_load.js reports}, in one node run."""
    node = shutil.which("node")
    if not check(node is not None, "node (Node.js) is not installed: scripts/setup.sh installs it"):
        return {}
    installed = os.path.join(SOURCE, "tests", "js", "node_modules", "cytoscape")
    if not check(os.path.isdir(installed), "%s is missing: scripts/setup.sh installs it "
                 "(npm ci --prefix tests/js)" % installed):
        return {}
    proc = subprocess.run([node, CYTOSCAPE_LOAD] + paths, capture_output=True, text=True,
                          timeout=240)
    if not check(proc.returncode == 0, "cytoscape_load.js failed: %s" % proc.stderr[-2000:]):
        return {}
    # One line each: split at "\n" alone (splitlines would also split at the
    # U+2028 the awkward strings hold).
    results = [json.loads(line) for line in proc.stdout.split("\n") if line]
    return {r["file"]: r for r in results}


def run_cli(style, inputs):
    proc = subprocess.run([PARLEY, "--json-style", style, "-f", "json", "-o", "-"] + inputs,
                          capture_output=True, text=True, timeout=120)
    check(proc.returncode == 0, "parley --json-style %s %s: exit %d: %s"
          % (style, inputs, proc.returncode, proc.stderr))
    return proc.stdout


def check_outputs(validator, cases):
    """cases: [(name, {style: path})]."""
    docs = {}
    for name, paths in cases:
        for style, path in paths.items():
            with open(path, encoding="utf-8") as f:
                docs[name, style] = json.load(f)
    loaded = load_in_cytoscape([paths["cytoscape"] for _, paths in cases])
    for name, paths in cases:
        jgf = docs[name, "jgf"]
        errors = [e.message for e in validator.iter_errors(jgf)]
        check(not errors, "%s: JGF output is not JGF v2: %s" % (name, errors[:3]))
        check_node_link(name, jgf, docs[name, "node-link"])
        if paths["cytoscape"] in loaded:
            check_cytoscape(name, jgf, loaded[paths["cytoscape"]])
        else:
            check(not loaded, "%s: Cytoscape.js did not report on it" % name)


def test_examples(validator, tmp):
    examples = os.path.join(SOURCE, "examples")
    articles = sorted(os.path.join(examples, a) for a in os.listdir(examples)
                      if a.endswith(".txt"))
    check(len(articles) >= 3, "examples/*.txt: %d articles" % len(articles))
    cases = []
    for i, run in enumerate([[a] for a in articles] + [articles]):
        paths = {}
        for style in STYLES:
            paths[style] = os.path.join(tmp, "example%d.%s.json" % (i, style))
            with open(paths[style], "w", encoding="utf-8") as f:
                f.write(run_cli(style, run))
        cases.append((" ".join(os.path.basename(a) for a in run), paths))
    # The graphs are not trivial, so the comparisons above say something.
    with open(cases[-1][1]["jgf"], encoding="utf-8") as f:
        graph = json.load(f)["graph"]
    check(len(graph["nodes"]) > 50 and len(graph["edges"]) > 50,
          "all examples: only %d nodes, %d edges" % (len(graph["nodes"]), len(graph["edges"])))
    check_outputs(validator, cases)


def test_written(validator, tmp):
    proc = subprocess.run([WRITER, "--write", tmp], capture_output=True, text=True, timeout=60)
    if not check(proc.returncode == 0, "test_json_styles --write: %s" % proc.stderr):
        return
    cases = [(name, {s: os.path.join(tmp, "%s.%s.json" % (name, s)) for s in STYLES})
             for name in ("awkward", "empty")]
    check_outputs(validator, cases)
    with open(cases[0][1]["cytoscape"], encoding="utf-8") as f:
        doc = json.load(f)
    ids = [e["data"]["id"] for e in doc["elements"]["edges"]]
    check("a participant m~2" in ids, "awkward: edge ids %s" % ids)
    with open(cases[1][1]["node-link"], encoding="utf-8") as f:
        check(node_link_graph(json.load(f)).number_of_nodes() == 0, "empty: nodes in NetworkX")


def test_bad_style():
    proc = subprocess.run([PARLEY, "--json-style", "graphml", "a.txt"], capture_output=True,
                          text=True, timeout=60)
    check(proc.returncode == 2, "bad --json-style: exit %d" % proc.returncode)
    check(proc.stderr == "parley: unknown JSON style 'graphml' (allowed: jgf, node-link, "
          "cytoscape)\nTry 'parley --help' for more information.\n",
          "bad --json-style: %r" % proc.stderr)
    proc = subprocess.run([PARLEY, "a.txt", "--json-style"], capture_output=True, text=True,
                          timeout=60)
    check(proc.returncode == 2 and "'--json-style' requires a value: jgf, node-link, cytoscape"
          in proc.stderr, "--json-style without a value: %d %r" % (proc.returncode, proc.stderr))


def main():
    validator = load_validator()
    with tempfile.TemporaryDirectory() as tmp:
        test_examples(validator, tmp)
        test_written(validator, tmp)
    test_bad_style()
    if failures:
        print("%d failure(s)" % failures, file=sys.stderr)
        return 1
    print("ok (NetworkX %s)" % nx.__version__)
    return 0


if __name__ == "__main__":
    sys.exit(main())
