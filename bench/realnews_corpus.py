#!/usr/bin/python3
"""realnews_corpus.py: builds a benchmark corpus from real news articles by
repeating them, each copy its own document, until it holds MB megabytes
(10^6 bytes): OUT/txt/ holds one .txt file per copy (in subdirectories of
1,000 files), and OUT/corpus.jsonl the same articles, one JSON object a line
({"id", "text"}), so the two input kinds carry the same bytes of text.

usage: bench/realnews_corpus.py SRC_DIR MB OUT_DIR

The articles are third-party texts: the corpus is built at bench time in a
build directory and never committed.
"""
import json
import os
import sys


def main(argv):
    if len(argv) != 4:
        sys.stderr.write(__doc__.split("\n\n")[1] + "\n")
        return 2
    src, mb, out = argv[1], float(argv[2]), argv[3]
    names = sorted(n for n in os.listdir(src) if n.endswith(".txt"))
    if not names:
        sys.stderr.write("realnews_corpus.py: %s: no .txt files\n" % src)
        return 1
    texts = []
    for n in names:
        with open(os.path.join(src, n), "rb") as f:
            texts.append((n[:-4], f.read()))
    want = int(mb * 1e6)
    txt_dir = os.path.join(out, "txt")
    os.makedirs(txt_dir, exist_ok=True)
    total = count = 0
    with open(os.path.join(out, "corpus.jsonl"), "w", encoding="utf-8") as jl:
        while total < want:
            stem, data = texts[count % len(texts)]
            doc = "%06d-%s" % (count, stem)
            sub = os.path.join(txt_dir, "%03d" % (count // 1000))
            if count % 1000 == 0:
                os.makedirs(sub, exist_ok=True)
            with open(os.path.join(sub, doc + ".txt"), "wb") as f:
                f.write(data)
            text = data.decode("utf-8", errors="replace")
            jl.write(json.dumps({"id": doc, "text": text}, ensure_ascii=False) + "\n")
            total += len(data)
            count += 1
    with open(os.path.join(out, "manifest.txt"), "w") as m:
        m.write("articles %d\ntxt_bytes %d\njsonl_bytes %d\nsources %d\n" % (
            count, total, os.path.getsize(os.path.join(out, "corpus.jsonl")), len(texts)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
