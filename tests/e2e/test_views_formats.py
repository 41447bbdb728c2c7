"""Views and filters reach every format: for each view (and a status and a
date filter), the same run writes JSON, node-link JSON, GraphML, GEXF and
Neo4j CSV, and every one of them holds exactly the JSON's node ids and
(source, relation, target) edges. GraphML and GEXF are read with NetworkX,
node-link with networkx.node_link_graph, the CSV with Python's csv module.

Run with Debian's /usr/bin/python3 (python3-networkx); PARLEY_BIN names the
program (ctest sets it)."""
import csv
import json
import os
import subprocess
import sys
import tempfile

import networkx as nx

BIN = os.environ.get("PARLEY_BIN", "build/parley")
SRC = os.environ.get("PARLEY_SOURCE_DIR", ".")
EXAMPLES = sorted(os.path.join(SRC, "examples", f)
                  for f in os.listdir(os.path.join(SRC, "examples")) if f.endswith(".txt"))

CASES = [
    ["--view", "full"],
    ["--view", "countries"],
    ["--view", "officials"],
    ["--view", "meetings"],
    ["--view", "countries", "--status", "held"],
    ["--since", "2025-02-01", "--until", "2025-03-31"],
    ["--view", "officials", "--focus", "official:donald-trump", "--depth", "2"],
]

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL " + what)


def run(args, out):
    p = subprocess.run([BIN, "-q", "-o", out, "--name", "g"] + args + EXAMPLES,
                       capture_output=True)
    if p.returncode != 0:
        raise SystemExit("parley %r failed: %s" % (args, p.stderr.decode()))


def node_link(path):
    data = json.load(open(path))
    key = "links" if "links" in data else "edges"
    try:
        return nx.node_link_graph(data, edges=key)
    except TypeError:  # NetworkX before 3.4
        return nx.node_link_graph(data, link=key)


def edges_of(g, rel):
    return sorted((u, d[rel], v) for u, v, d in g.edges(data=True))


def main():
    with tempfile.TemporaryDirectory() as tmp:
        for case in CASES:
            what = " ".join(case)
            out = os.path.join(tmp, str(CASES.index(case)))
            run(case + ["-f", "json,graphml,gexf,csv"], out)
            run(case + ["-f", "json", "--json-style", "node-link", "--name", "nl"], out)
            jgf = json.load(open(os.path.join(out, "g.json")))["graph"]
            nodes = sorted(jgf["nodes"])
            edges = sorted((e["source"], e["relation"], e["target"]) for e in jgf["edges"])
            check(len(nodes) > 0, "%s: an empty graph tells nothing" % what)

            gm = nx.read_graphml(os.path.join(out, "g.graphml"))
            check(sorted(gm.nodes) == nodes, "%s: GraphML nodes" % what)
            check(edges_of(gm, "relation") == edges, "%s: GraphML edges" % what)

            gx = nx.read_gexf(os.path.join(out, "g.gexf"))
            check(sorted(gx.nodes) == nodes, "%s: GEXF nodes" % what)
            check(sorted((u, d["label"], v) for u, v, d in gx.edges(data=True)) == edges,
                  "%s: GEXF edges" % what)

            nl = node_link(os.path.join(out, "nl.json"))
            check(sorted(nl.nodes) == nodes, "%s: node-link nodes" % what)
            check(sorted((u, d["relation"], v) for u, v, d in nl.edges(data=True)) == edges,
                  "%s: node-link edges" % what)

            with open(os.path.join(out, "g.nodes.csv"), newline="") as f:
                rows = list(csv.DictReader(f))
            check(sorted(r["id:ID(Node)"] for r in rows) == nodes, "%s: CSV nodes" % what)
            with open(os.path.join(out, "g.edges.csv"), newline="") as f:
                rows = list(csv.DictReader(f))
            check(sorted((r[":START_ID(Node)"], r[":TYPE"].lower(), r[":END_ID(Node)"])
                         for r in rows) == edges, "%s: CSV edges" % what)
        # The views differ from each other: the test would pass on a CLI
        # that ignored them otherwise.
        counts = set()
        for i in range(4):
            jgf = json.load(open(os.path.join(tmp, str(i), "g.json")))["graph"]
            counts.add((len(jgf["nodes"]), len(jgf["edges"])))
        check(len(counts) == 4, "the four views give %d distinct graphs" % len(counts))
    if failures:
        print("%d failure(s)" % len(failures))
        sys.exit(1)
    print("ok   views in every format (%d cases)" % len(CASES))


if __name__ == "__main__":
    main()
