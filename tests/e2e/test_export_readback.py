"""test_export_readback.py: the exporters' output read back by other
parsers than the library's own. The unit test test_export writes a sample
graph (test_export --write DIR); here the JSON is validated against the JSON
Graph Format v2 schema (tests/schema/jgf-v2.json, python3-jsonschema), the
DOT re-read by the Graphviz tools dot, neato and sfdp, and the SVG parsed as
XML and searched for every label, the title, the legend and the evidence.

Then, when the CLI and example articles exist, the same checks run on the
CLI's output for them.
"""
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import jsonschema

SOURCE = os.environ.get("PARLEY_SOURCE_DIR", os.getcwd())
BUILD = os.environ.get("PARLEY_BUILD_DIR", os.path.join(SOURCE, "build"))
PARLEY = os.environ.get("PARLEY_BIN", os.path.join(BUILD, "parley"))
TEST_EXPORT = os.path.join(BUILD, "tests", "test_export")
SVG_NS = "{http://www.w3.org/2000/svg}"
XLINK_TITLE = "{http://www.w3.org/1999/xlink}title"

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


def load_validator():
    with open(os.path.join(SOURCE, "tests", "schema", "jgf-v2.json"), encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def schema_errors(validator, doc):
    return [e.message for e in validator.iter_errors(doc)]


def test_schema_rejects(validator, doc):
    """The schema must be able to fail: a node with a key besides label and
    metadata, and an edge without a target, are not JGF v2."""
    bad = json.loads(json.dumps(doc))
    first = next(iter(bad["graph"]["nodes"]))
    bad["graph"]["nodes"][first]["type"] = "country"
    check(schema_errors(validator, bad), "schema accepts a node with a 'type' key")
    bad = json.loads(json.dumps(doc))
    del bad["graph"]["edges"][0]["target"]
    check(schema_errors(validator, bad), "schema accepts an edge without a target")


def test_json(validator, path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    errors = schema_errors(validator, doc)
    check(not errors, "%s is not JGF v2: %s" % (path, errors[:3]))
    graph = doc["graph"]
    check(list(graph) == ["directed", "metadata", "nodes", "edges"], "graph keys %s" % list(graph))
    check(graph["directed"] is True, "graph not directed")
    check(graph["metadata"]["generator"].startswith("parley "), "generator")
    for node_id, node in graph["nodes"].items():
        meta = node["metadata"]
        check(node_id.startswith(meta["type"] + ":"), "id %s vs type %s" % (node_id, meta["type"]))
        check(list(meta)[-3:] == ["mentions", "documents", "evidence"], "metadata order of " + node_id)
    for edge in graph["edges"]:
        check(edge["source"] in graph["nodes"], "edge source %s unknown" % edge["source"])
        check(edge["target"] in graph["nodes"], "edge target %s unknown" % edge["target"])
    test_schema_rejects(validator, doc)
    return doc


def test_dot(path, doc):
    """dot, neato and sfdp re-read the DOT and lay it out without a word on
    stderr, and Graphviz's canonical output names every node of the JSON."""
    for engine in ("dot", "neato", "sfdp"):
        for fmt in ("-Tcanon", "-Tsvg"):
            r = subprocess.run([engine, fmt, path], capture_output=True, text=True, timeout=120)
            check(r.returncode == 0, "%s %s %s: exit %d: %s" % (engine, fmt, path, r.returncode, r.stderr))
            check(r.stderr == "", "%s %s on %s says: %s" % (engine, fmt, path, r.stderr))
            if fmt == "-Tcanon":
                for node_id in doc["graph"]["nodes"]:
                    check('"%s"' % node_id in r.stdout, "%s output lacks node %s" % (engine, node_id))


def svg_texts(root):
    return ["".join(t.itertext()) for t in root.iter(SVG_NS + "text")]


def test_svg(path, doc, title):
    tree = ET.parse(path)  # raises on malformed XML
    root = tree.getroot()
    check(root.tag == SVG_NS + "svg", "root element is %s" % root.tag)
    texts = svg_texts(root)
    check(title in texts, "title %r not in the SVG" % title)
    legend = {t.get("id") for t in root.iter(SVG_NS + "g") if "legend" in (t.get("class") or "").split()}
    check("legend_box" in legend, "no legend in the SVG")
    for word in ("country", "official", "organization", "location"):
        check(word in texts and "legend_" + word in legend, "legend lacks %s" % word)
    # Every node's label is in its text, on one line or wrapped over
    # consecutive lines (a meeting whose label only repeats its kind shows
    # the kind, hence the case-insensitive match).
    joined = " ".join(texts).casefold()
    for node_id, node in doc["graph"]["nodes"].items():
        check(shown_label(node).casefold() in joined, "label %r of %s not in the SVG" % (node["label"], node_id))
    # Every sentence of evidence shows in some tooltip.
    tips = "\n".join(a.get(XLINK_TITLE, "") for a in root.iter(SVG_NS + "a"))
    items = list(doc["graph"]["nodes"].values()) + doc["graph"]["edges"]
    for item in items:
        for ev in item["metadata"]["evidence"]:
            if ev["sentence"]:
                check(ev["sentence"] in tips, "evidence %r not in any tooltip" % ev["sentence"][:40])
    # Node titles are the node ids (Graphviz writes the name in <title>).
    titles = {"".join(t.itertext()) for t in root.iter(SVG_NS + "title")}
    for node_id in doc["graph"]["nodes"]:
        check(node_id in titles, "no SVG element for node %s" % node_id)


def test_sample(validator):
    if not os.path.exists(TEST_EXPORT):
        check(False, "%s not built" % TEST_EXPORT)
        return
    with tempfile.TemporaryDirectory() as d:
        r = subprocess.run([TEST_EXPORT, "--write", d], capture_output=True, text=True, timeout=120)
        check(r.returncode == 0, "test_export --write: %s" % r.stderr)
        if r.returncode != 0:
            return
        doc = test_json(validator, os.path.join(d, "sample.json"))
        check(len(doc["graph"]["nodes"]) == 10, "sample has %d nodes" % len(doc["graph"]["nodes"]))
        check(len(doc["graph"]["edges"]) == 10, "sample has %d edges" % len(doc["graph"]["edges"]))
        test_dot(os.path.join(d, "sample.dot"), doc)
        test_svg(os.path.join(d, "sample.svg"), doc, "2 articles: a.txt, b.txt")


def run_cli(fmt, paths):
    r = subprocess.run([PARLEY, "--format", fmt, "--output", "-"] + paths,
                       capture_output=True, text=True, timeout=300)
    check(r.returncode == 0, "parley -f %s on %s: exit %d: %s" % (fmt, paths, r.returncode, r.stderr))
    return r.stdout if r.returncode == 0 else None


def test_examples(validator):
    """The CLI's output for each example article, and for all of them in one
    graph: JSON that is JGF v2, DOT that the Graphviz tools read and lay
    out, SVG that is XML with every node's label."""
    examples = os.path.join(SOURCE, "examples")
    articles = sorted(f for f in os.listdir(examples) if f.endswith(".txt")) if os.path.isdir(examples) else []
    if not articles or not os.path.exists(PARLEY):
        print("no CLI or no examples yet: example outputs not checked")
        return
    paths = [os.path.join(examples, a) for a in articles]
    with tempfile.TemporaryDirectory() as d:
        for i, run in enumerate([[p] for p in paths] + [paths]):
            text = run_cli("json", run)
            if text is None:
                continue
            doc = json.loads(text)
            errors = schema_errors(validator, doc)
            check(not errors, "%s: JSON is not JGF v2: %s" % (run, errors[:3]))
            dot = run_cli("dot", run)
            if dot is not None:
                path = os.path.join(d, "%d.dot" % i)
                with open(path, "w", encoding="utf-8") as f:
                    f.write(dot)
                test_dot(path, doc)
            svg = run_cli("svg", run)
            if svg is not None:
                path = os.path.join(d, "%d.svg" % i)
                with open(path, "w", encoding="utf-8") as f:
                    f.write(svg)
                root = ET.parse(path).getroot()
                joined = " ".join(svg_texts(root)).casefold()
                for node_id, node in doc["graph"]["nodes"].items():
                    check(shown_label(node).casefold() in joined,
                          "%s: label %r of %s not in the SVG" % (run, node["label"], node_id))


def main():
    validator = load_validator()
    test_sample(validator)
    test_examples(validator)
    if failures:
        print("%d failure(s)" % failures, file=sys.stderr)
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
