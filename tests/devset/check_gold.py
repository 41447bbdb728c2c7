#!/usr/bin/env python3
"""Sanity checks for a development set (tests/devset, or the directory given).

Usage: check_gold.py [--selfscore]

For every gold/<id>.json:
  - it loads as JSON and has exactly the keys id, doc_date, countries,
    officials, meetings; the id equals the file name and texts/<id>.txt exists;
  - the text starts with " date YYYY-MM-DD " and that date is doc_date;
  - countries are unique ISO3 codes; every official's country is null or
    listed, and the official's name occurs in the text (accents, case and
    punctuation ignored);
  - every meeting has >= 2 distinct parties, each an ISO3 code listed in
    countries or an org:<slug>; its people are listed officials; kind,
    status and date have allowed values.
With --selfscore, each gold file is also turned into a graph JSON (the format
scripts/parley-eval reads) in a temporary directory and scored against the gold; all
figures must come out 1.000.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

# The set to check: tests/devset by default, or the directory given as the
# first argument (tests/devset2); --words MIN-MAX also bounds each text's length.
_args = [a for a in sys.argv[1:] if not a.startswith("--")]
HERE = os.path.abspath(_args[0]) if _args else os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold")
TEXTS = os.path.join(HERE, "texts")
WORDS = None
for _a in sys.argv[1:]:
    if _a.startswith("--words="):
        WORDS = tuple(int(x) for x in _a.split("=", 1)[1].split("-"))
SCORER = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))), "scripts", "parley-eval")

KEYS = {"id", "doc_date", "countries", "officials", "meetings"}
KINDS = {"talks", "meeting", "visit", "call", "summit", "conference"}
STATUSES = {"held", "planned", "cancelled"}
DAY = r"\d{4}-\d{2}-\d{2}"
DATE_RE = re.compile(r"^(%s|%s/%s|\d{4}-\d{2})$" % (DAY, DAY, DAY))
ISO3_RE = re.compile(r"^[A-Z]{3}$")
ORG_RE = re.compile(r"^org:[a-z0-9]+(-[a-z0-9]+)*$")


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", s).split())


def check(fn, errors):
    def err(msg):
        errors.append("%s: %s" % (fn, msg))

    path = os.path.join(GOLD, fn)
    try:
        with open(path, encoding="utf-8") as f:
            g = json.load(f)
    except Exception as e:  # noqa: BLE001
        err("does not load: %s" % e)
        return None
    if set(g) != KEYS:
        err("keys %s" % sorted(g))
        return None
    stem = fn[:-5]
    if g["id"] != stem:
        err("id %r != file name" % g["id"])
    tpath = os.path.join(TEXTS, stem + ".txt")
    if not os.path.exists(tpath):
        err("no text file %s" % tpath)
        return g
    with open(tpath, encoding="utf-8") as f:
        text = f.read()
    m = re.match(r"^ date (%s) \S" % DAY, text)
    if not m:
        err("text does not start with ' date YYYY-MM-DD '")
    elif m.group(1) != g["doc_date"]:
        err("text date %s != doc_date %s" % (m.group(1), g["doc_date"]))
    body = fold(text)
    nwords = len(text.split()) - 2  # minus " date YYYY-MM-DD"
    if WORDS and not WORDS[0] <= nwords <= WORDS[1]:
        err("text has %d words (want %d-%d)" % (nwords, WORDS[0], WORDS[1]))
    countries = g["countries"]
    if len(set(countries)) != len(countries):
        err("duplicate countries")
    for c in countries:
        if not ISO3_RE.match(c):
            err("bad country code %r" % c)
    names = set()
    for o in g["officials"]:
        if not o.get("name"):
            err("official without name")
            continue
        names.add(o["name"])
        if o.get("country") is not None and o["country"] not in countries:
            err("official %s country %s not in countries" % (o["name"], o["country"]))
        if fold(o["name"]) not in body:
            # allow a leading honorific in the gold name that the text omits
            words = fold(o["name"]).split()
            if " ".join(words[1:]) not in body and " ".join(words[2:]) not in body:
                err("official name %r not found in text" % o["name"])
    for i, mt in enumerate(g["meetings"]):
        where = "meeting %d" % i
        ps = mt.get("parties", [])
        if len(set(ps)) < 2 or len(set(ps)) != len(ps):
            err("%s: needs >= 2 distinct parties: %s" % (where, ps))
        for p in ps:
            if ORG_RE.match(p):
                continue
            if not ISO3_RE.match(p) or p not in countries:
                err("%s: party %r is neither a listed ISO3 nor org:<slug>" % (where, p))
        for person in mt.get("people", []):
            if person not in names:
                err("%s: person %r not among officials" % (where, person))
        if mt.get("kind") not in KINDS:
            err("%s: kind %r" % (where, mt.get("kind")))
        if mt.get("status") not in STATUSES:
            err("%s: status %r" % (where, mt.get("status")))
        d = mt.get("date")
        if d is not None and not DATE_RE.match(d):
            err("%s: date %r" % (where, d))
        loc = mt.get("location")
        if loc is not None and (not isinstance(loc, str) or not loc.strip()):
            err("%s: location %r" % (where, loc))
        for k in ("parties", "people", "kind", "location", "date", "status"):
            if k not in mt:
                err("%s: missing key %s" % (where, k))
    return g


def to_graph(g):
    """Gold file -> graph JSON in the shape scripts/parley-eval reads."""
    nodes, edges = {}, []
    for c in g["countries"]:
        nodes["c:" + c] = {"label": c, "metadata": {"type": "country", "iso3": c}}
    for o in g["officials"]:
        nodes["p:" + o["name"]] = {"label": o["name"],
                                    "metadata": {"type": "official", "country": o.get("country")}}
    for i, mt in enumerate(g["meetings"]):
        mid = "m:%d" % i
        nodes[mid] = {"label": mid, "metadata": {
            "type": "meeting", "kind": mt["kind"], "date": mt["date"],
            "status": mt["status"], "location": mt["location"]}}
        for p in mt["parties"]:
            if p.startswith("org:"):
                nid = "o:" + p
                # label whose slug is the party id
                nodes[nid] = {"label": p[4:].replace("-", " "),
                              "metadata": {"type": "organization"}}
            else:
                nid = "c:" + p
            edges.append({"source": nid, "target": mid, "relation": "participant"})
        for person in mt["people"]:
            edges.append({"source": "p:" + person, "target": mid, "relation": "participant"})
    return {"graph": {"nodes": nodes, "edges": edges}}


def selfscore(golds):
    tmp = tempfile.mkdtemp(prefix=".selfscore-", dir=HERE)
    try:
        for g in golds:
            with open(os.path.join(tmp, g["id"] + ".json"), "w", encoding="utf-8") as f:
                json.dump(to_graph(g), f)
        r = subprocess.run([sys.executable, SCORER, GOLD, tmp, "--json"],
                           capture_output=True, text=True)
        if r.returncode != 0:
            return ["parley-eval failed: " + r.stderr[-500:]]
        res = json.loads(r.stdout)
        print("selfscore:", json.dumps(res, sort_keys=True))
        bad = [k for k, v in res.items()
               if k not in ("documents", "failed") and abs(v - 1.0) > 1e-9]
        return ["selfscore %s = %s" % (k, res[k]) for k in bad] + (
            ["selfscore: %d failed" % res["failed"]] if res["failed"] else [])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    errors, golds = [], []
    files = sorted(f for f in os.listdir(GOLD) if f.endswith(".json"))
    for fn in files:
        g = check(fn, errors)
        if g is not None:
            golds.append(g)
    stems = {f[:-5] for f in files}
    for t in sorted(os.listdir(TEXTS)):
        if t.endswith(".txt") and t[:-4] not in stems:
            errors.append("%s: text without gold" % t)
    n_meet = sum(len(g["meetings"]) for g in golds)
    print("%d gold files, %d meetings, %d officials" % (
        len(golds), n_meet, sum(len(g["officials"]) for g in golds)))
    if "--selfscore" in sys.argv[1:] and not errors:
        errors += selfscore(golds)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else "%d error(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
