#!/usr/bin/python3
"""seeds.py: writes the hand-made seeds of the fuzz targets into
tests/fuzz/corpus/<target>/seed-*: for fuzz_extract, the development
articles and hostile samples (each after the flags byte fuzz_extract.c
reads: 0 lenient, 1 --strict, 2 with a document date); for fuzz_json,
fuzz_dot and fuzz_svg, graphs in the byte format graph_input.c reads.
Rerun after changing either format; inputs the fuzzers found (regress-*)
are kept as they are.

  /usr/bin/python3 tests/fuzz/seeds.py
"""
import glob
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))
TARGETS = ("fuzz_json", "fuzz_dot", "fuzz_svg")
COUNTRY, OFFICIAL, ORGANIZATION, LOCATION, MEETING, BAD_TYPE = range(6)
REPRESENTS, PARTICIPANT, HELD_IN, LOCATED_IN, BAD_REL = range(5)
KEYS = ["iso3", "country", "title", "kind", "date", "status", "location", "type", "mentions",
        "evidence"]


def s(text):
    data = text.encode("utf-8", "surrogateescape") if isinstance(text, str) else text
    assert len(data) < 256
    return bytes([len(data)]) + data


def opt(text):
    return b"\x00" if text is None else b"\x01" + s(text)


def doc(name, date=None):
    return b"\x00" + s(name) + opt(date)


def node(kind, node_id, label=None):
    return b"\x01" + bytes([kind]) + s(node_id) + opt(label)


def attr(n, key, value):
    k = bytes([KEYS.index(key)]) if key in KEYS else b"\xff" + s(key)
    return b"\x02" + bytes([n]) + k + opt(value)


def edge(a, b, rel):
    return b"\x03" + bytes([a, b, rel])


def evidence(n, d, start, end, sentence, on_edge=False):
    return (b"\x05" if on_edge else b"\x04") + bytes([n, d + 2]) + \
        start.to_bytes(2, "big") + end.to_bytes(2, "big") + opt(sentence)


def label(n, text):
    return b"\x06" + bytes([n]) + opt(text)


def max_evidence(k):
    return b"\x07" + bytes([k])


def status(n, which):
    return b"\x08" + bytes([n, which])


FINISH = b"\x09"

SENT = "Chinese Foreign Minister Wang Yi held talks with a Taliban delegation in Tianjin."

SEEDS = {
    # The shape the extractor makes: states, officials, a meeting, a place.
    "seed-sample": b"".join([
        doc("a.txt", "2021-07-28"), doc("b.txt"),
        node(COUNTRY, "country:CHN", "China"), attr(0, "iso3", "CHN"),
        node(OFFICIAL, "official:wang-yi", "Wang Yi"), attr(1, "country", "CHN"),
        attr(1, "title", "Foreign Minister"),
        node(ORGANIZATION, "organization:taliban", "Taliban"), attr(2, "country", "AFG"),
        node(LOCATION, "location:tianjin", "Tianjin"), attr(3, "country", "CHN"),
        node(MEETING, "meeting:talks-2021-07-28", "talks"), attr(4, "kind", "talks"),
        attr(4, "date", "2021-07-28"), status(4, 0), attr(4, "location", "location:tianjin"),
        node(MEETING, "meeting:visit", "Visit to Kabul"), attr(5, "kind", "visit"), status(5, 1),
        node(MEETING, "meeting:summit", "Summit"), status(6, 2), attr(6, "note", "extra"),
        edge(1, 0, REPRESENTS), edge(1, 4, PARTICIPANT), edge(2, 4, PARTICIPANT),
        edge(4, 3, HELD_IN), edge(3, 0, LOCATED_IN), edge(2, 6, PARTICIPANT),
        evidence(1, 0, 25, 32, SENT), evidence(1, 1, 0, 7, None), evidence(4, 0, 33, 43, SENT),
        evidence(0, 0, 10, 20, SENT, on_edge=True), FINISH,
    ]),
    # Names that break naive DOT, SVG and JSON writers.
    "seed-hostile-names": b"".join([
        doc('a"<b>&\'\\.txt', "2024-01-01"),
        node(COUNTRY, "country:XZZ", '<Zoë "Q"\\&amp;\x01\'Ñ>'),
        node(OFFICIAL, "official:a", 'Envoy <i onload="x">\\N & \'\x02\x1f\x7f</i> \\'),
        node(ORGANIZATION, "%3", "<b>html?</b>"),
        node(LOCATION, "legend_title", "\\G\\l\\n\\E\\T\\H"),
        node(MEETING, 'meeting:"\\<', "&#38; &lt; &amp &#x41;"),
        node(COUNTRY, "country:a\x01b", "control in id"),
        node(COUNTRY, "country:ab", "the same id once escaped"),
        node(OFFICIAL, b"official:\xff\xfe", b"\xc0\xaf\xed\xa0\x80 bad UTF-8"),
        node(OFFICIAL, "official:\\", "\\"),
        node(OFFICIAL, "official:\\\\\\", "\\\\\\"),
        attr(1, "title", "\r\n\t\v\f"), attr(4, "status", "</text><script>"),
        attr(4, "date", "\\"), attr(0, "\"key\"", "<value>"),
        edge(1, 0, REPRESENTS), edge(2, 4, PARTICIPANT), edge(4, 3, HELD_IN),
        edge(7, 8, REPRESENTS), edge(9, 5, PARTICIPANT),
        evidence(1, 0, 0, 9, '</title><svg onload="alert(1)">'), FINISH,
    ]),
    # Edge keys joined with \x1f must not let two different edges meet.
    "seed-edge-key-separator": b"".join([
        node(COUNTRY, "x", None), node(COUNTRY, "x\x1frepresents\x1fy", None),
        node(COUNTRY, "y\x1fparticipant\x1fz", None), node(COUNTRY, "z", None),
        edge(0, 2, REPRESENTS), edge(1, 3, PARTICIPANT), FINISH,
    ]),
    # Ids that differ only in bytes UTF-8 repair turns into the same U+FFFD.
    "seed-ids-invalid-utf8": b"".join([
        node(COUNTRY, b"country:\xff", None), node(COUNTRY, b"country:\xfe", None),
        node(OFFICIAL, b"official:\xc0", b"\xc0"), edge(2, 0, REPRESENTS), edge(2, 1, REPRESENTS),
        FINISH,
    ]),
    # Entity shapes Graphviz's SVG writer copies raw into <title> (names)
    # and into tooltips and text (labels, attributes, documents, evidence).
    "seed-entity-shapes": b"".join(
        [doc("d&#X41;&;")] +
        [node(COUNTRY, "country:" + e, "L" + e) for e in
         ("&#X41;", "&;", "&#;", "&#x;", "&bogus;", "&#0;", "&#99999999;", "&#xD800;", "&AMP;")] +
        [attr(0, "iso3", "&#X41;&;&#0;"), edge(0, 1, LOCATED_IN),
         evidence(0, 0, 0, 1, "&#;&#X41;&bogus;"), FINISH]),
    # What the API must refuse: bad types, relations, documents, offsets.
    "seed-refusals": b"".join([
        doc("d"), node(BAD_TYPE, "bad", None), node(COUNTRY, "", None),
        node(COUNTRY, "c", None), node(OFFICIAL, "c", None), node(COUNTRY, "c", "again"),
        edge(0, 0, BAD_REL), edge(0, 0, REPRESENTS),
        evidence(0, 5, 0, 1, None), evidence(0, -2, 0, 1, None), evidence(0, 0, 9, 1, None),
        label(0, None), label(0, "new label"), attr(0, "", "v"), max_evidence(0),
        evidence(0, 0, 0, 1, "not kept"), FINISH, node(COUNTRY, "after finish", None), FINISH,
    ]),
}


ARTICLE = (b" date 2024-01-02\nChinese Foreign Minister Wang Yi met Iranian Foreign Minister "
           b"Hossein Amir-Abdollahian in Tehran last week.\n\nThe two sides will meet again "
           b"next month, the ministry said.\n")

# Flags byte first (fuzz_extract.c), then the article.
HOSTILE_ARTICLES = {
    "seed-invalid-utf8": b"\x00Iran \xff\xfe met Iraq \xc3\x28 in \x80Baghdad.",
    "seed-overlong-surrogates": b"\x00Iran met \xc0\xaf\xe0\x80\xaf\xed\xa0\x80\xed\xbf\xbf"
                                b"\xf4\x90\x80\x80\xf8\x88\x80\x80\x80 Iraq \xe2\x82",
    "seed-strict-invalid": b"\x01Iran met Iraq \xff.",
    "seed-nul": b"\x00Iran\x00 met\x00\x00 Iraq.\x00",
    "seed-bom-crlf": b"\x00\xef\xbb\xbf" + ARTICLE.replace(b"\n", b"\r\n"),
    "seed-cr": b"\x00" + ARTICLE.replace(b"\n", b"\r"),
    "seed-tabs-formfeeds": b"\x00" + ARTICLE.replace(b" Minister", b"\tMinister").replace(b" met", b"\f\vmet"),
    "seed-no-header-doc-date": b"\x02" + ARTICLE.split(b"\n", 1)[1].rstrip(b"\n"),
    "seed-bad-headers": b"\x04 date 2021-02-30\n date 21-02-03\ndate 9999-99-99 Iran met Iraq.",
    "seed-relative-dates": b"\x06Wang Yi met Antony Blinken yesterday. They will meet tomorrow, "
                           b"next week, on Friday, on December 30 and later this month.",
    "seed-long-word": b"\x00Iran met " + b"A" + b"b" * 20000 + b" in Tehran.",
    "seed-long-name-list": b"\x00" + b", ".join(b"Foreign Minister Abc%03d Zed" % i for i in range(60))
                           + b" met in Geneva.",
    "seed-white-space": b"\x00 \t\f\v\r\n\n  \r",
    "seed-empty": b"",
    "seed-punctuation": b"\x00\"\u201c\u2019'-- ... ?!; (Wang Yi) [met] {Lavrov}.".decode("unicode_escape").encode("utf-8"),
}


def write_articles():
    directory = os.path.join(HERE, "corpus", "fuzz_extract")
    os.makedirs(directory, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(SOURCE, "tests", "devset", "texts", "*.txt"))):
        with open(path, "rb") as f:
            data = f.read()
        name = "seed-devset-" + os.path.basename(path)[:-4]
        with open(os.path.join(directory, name), "wb") as f:
            f.write(b"\x00" + data)
    for name, data in HOSTILE_ARTICLES.items():
        with open(os.path.join(directory, name), "wb") as f:
            f.write(data)


def main():
    write_articles()
    for target in TARGETS:
        directory = os.path.join(HERE, "corpus", target)
        os.makedirs(directory, exist_ok=True)
        for name, data in SEEDS.items():
            with open(os.path.join(directory, name), "wb") as f:
                f.write(data)


if __name__ == "__main__":
    main()
