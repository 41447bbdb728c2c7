#!/usr/bin/env python3
"""output/ must be what the current parley makes of examples/: DOT and JSON
byte for byte, SVG by structure (its coordinates depend on the Graphviz
version). Fails when someone changes the extractor or an exporter and
forgets to run scripts/run-examples.sh."""
import glob
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.environ.get("PARLEY_SOURCE_DIR", os.getcwd())
BIN = os.environ.get("PARLEY_BIN", os.path.join(ROOT, "build", "parley"))
SVG = "{http://www.w3.org/2000/svg}"


def svg_titles(path):
    """The ids of drawn nodes and edges, as Graphviz writes them in <title>."""
    root = ET.parse(path).getroot()
    return sorted(t.text or "" for t in root.iter(SVG + "title"))


def main():
    os.chdir(ROOT)
    articles = sorted(glob.glob("examples/*.txt"))
    runs = [([a], os.path.splitext(os.path.basename(a))[0]) for a in articles]
    runs.append((articles, "graph"))
    passed = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for inputs, name in runs:
            r = subprocess.run([BIN, "--output", tmp, "--name", name] + inputs,
                               capture_output=True, timeout=120)
            if r.returncode != 0:
                print("FAIL %s: exit %d: %s" % (name, r.returncode, r.stderr.decode()))
                failed += 1
                continue
            for ext in ("dot", "json", "svg"):
                fresh, kept = os.path.join(tmp, name + "." + ext), os.path.join("output", name + "." + ext)
                if not os.path.exists(kept):
                    ok, why = False, "missing"
                elif ext == "svg":
                    ok, why = svg_titles(fresh) == svg_titles(kept), "SVG structure differs"
                else:
                    with open(fresh, "rb") as a, open(kept, "rb") as b:
                        ok, why = a.read() == b.read(), "bytes differ"
                if ok:
                    passed += 1
                else:
                    failed += 1
                    print("FAIL %s: %s (run scripts/run-examples.sh and commit output/)" % (kept, why))
    if not articles:
        print("FAIL no examples/*.txt")
        failed += 1
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
