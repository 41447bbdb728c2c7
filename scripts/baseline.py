#!/usr/bin/env python3
"""baseline.py: the naive extractor parley is measured against.

usage: scripts/baseline.py ARTICLE.txt      (the graph JSON on standard output)
       scripts/parley-eval GOLD_DIR TEXT_DIR --run 'scripts/baseline.py {in}'

Rule: every state named in a sentence that holds a meeting word is a party,
and each such sentence naming two or more states is one held meeting, with
no date and no place. A state is named by its name, another name or its
adjective (data/countries.tsv: "Chinese", "the US"); meeting words are
parley's meeting triggers (data/words.tsv, class trigger: "talks", "met",
"visit", "phone call"). Sentences end at '.', '!' or '?' followed by a
space, or at a blank line. Every state named anywhere in the article is a
country node; there are no officials. The output is JSON Graph Format in
parley's shape, so parley-eval scores it like parley's own.
Python 3 standard library only.
"""
import json
import os
import re
import sys

DATA = os.path.join(os.path.dirname(os.path.realpath(__file__)), "..", "data")


def rows(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


def phrase_pattern(phrase):
    """A phrase as a regular expression: whole words, blanks between words
    stretch; all-capital phrases (US, UAE) match in capitals only, others
    with their first letter in either case."""
    words = [re.escape(w) for w in phrase.split()]
    body = r"\s+".join(words)
    if phrase.upper() != phrase:
        body = "(?i:%s)" % body
    return r"(?<![\w.])" + body + r"(?![\w])"


def load_states():
    """[(iso3, label, compiled pattern)], one pattern per state."""
    states = []
    for row in rows("countries.tsv"):
        row += [""] * (5 - len(row))
        iso3, name, aliases, adjectives = row[0], row[1], row[2], row[3]
        phrases = [name]
        for field in (aliases, adjectives):
            if field and field != "-":
                phrases += [p for p in field.split("|") if p]
        phrases.sort(key=len, reverse=True)
        states.append((iso3, name, re.compile("|".join(phrase_pattern(p) for p in phrases))))
    return states


def load_triggers():
    """{lower-case phrase: meeting kind} of the trigger words."""
    return {row[0].lower(): row[2] for row in rows("words.tsv")
            if len(row) > 2 and row[1] == "trigger"}


SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019]?\s+|\n\s*\n")


def sentences(text):
    """(start, end) character spans of the sentences, after the date header."""
    header = re.match(r"\s*date \d{4}-\d{2}-\d{2}\s", text)
    start = header.end() if header else 0
    for m in SENTENCE_END.finditer(text, start):
        yield start, m.start()
        start = m.end()
    if start < len(text):
        yield start, len(text)


def extract(text, name, states, triggers):
    trigger_re = re.compile(r"(?i)(?<![\w])(%s)(?![\w])" % "|".join(
        re.escape(t).replace(r"\ ", r"\s+") for t in sorted(triggers, key=len, reverse=True)))
    date = re.match(r"^\s*date (\d{4}-\d{2}-\d{2})", text)
    nodes, edges, named = {}, [], set()
    for start, end in sentences(text):
        sentence = text[start:end]
        found = sorted({iso3 for iso3, _, pat in states if pat.search(sentence)})
        named.update(found)
        hit = trigger_re.search(sentence)
        if not hit or len(found) < 2:
            continue
        kind = triggers.get(re.sub(r"\s+", " ", hit.group(1).lower()), "meeting")
        mid = "meeting:s%d-%s" % (start, "-".join(c.lower() for c in found))
        nodes[mid] = {"label": ", ".join(found), "metadata": {
            "type": "meeting", "kind": kind, "date": None, "status": "held",
            "location": None, "evidence": [{"document": name, "start": start, "end": end,
                                            "sentence": sentence.strip()}]}}
        edges += [{"source": "country:" + c, "target": mid, "relation": "participant",
                   "metadata": {}} for c in found]
    for iso3, label, _ in states:
        if iso3 in named:
            nodes["country:" + iso3] = {"label": label, "metadata": {"type": "country",
                                                                     "iso3": iso3}}
    return {"graph": {"directed": True, "metadata": {
        "generator": "parley baseline", "documents": [
            {"id": name, "date": date.group(1) if date else None}]},
        "nodes": dict(sorted(nodes.items())),
        "edges": sorted(edges, key=lambda e: (e["source"], e["target"]))}}


def main(argv):
    if len(argv) != 1 or argv[0] in ("-h", "--help"):
        print(__doc__.split("\n\n")[0] + "\n\n" + __doc__.split("\n\n")[1],
              file=sys.stdout if argv[:1] in (["-h"], ["--help"]) else sys.stderr)
        return 0 if argv[:1] in (["-h"], ["--help"]) else 2
    path = argv[0]
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
    except OSError as e:
        print("baseline.py: %s: %s" % (path, e.strerror), file=sys.stderr)
        return 1
    graph = extract(text, path, load_states(), load_triggers())
    json.dump(graph, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
