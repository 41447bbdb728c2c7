#!/usr/bin/env python3
"""Extraction phenomena, one fixture article each (our own sentences), with
the exact countries, officials and meetings parley must find.

Each case runs `parley --format json --output - FILE` and compares:
  countries  the set of ISO3 codes of country nodes
  officials  {name: ISO3 or None} of official nodes
  meetings   the set of (parties, kind, date, status, location), parties as a
             sorted tuple of ISO3 codes or org:<slug> the way the scorer reads them
"""
import json
import os
import subprocess
import sys
import tempfile

BIN = os.environ.get("PARLEY_BIN", "build/parley")

CASES = [
    ("title before name, bilateral talks, weekday",
     " date 2024-03-06 Japanese Foreign Minister Yoko Kamikawa held talks with her Australian "
     "counterpart Penny Wong in Canberra on Monday.",
     {"JPN", "AUS"},
     {"Yoko Kamikawa": "JPN", "Penny Wong": "AUS"},
     {(("AUS", "JPN"), "talks", "2024-03-04", "held", "Canberra")}),

    ("apposition with possessive state, met, date with month",
     " date 2023-07-20 Sergey Lavrov, Russia's foreign minister, met Hakan Fidan, the Turkish "
     "foreign minister, in Ankara on July 12.",
     {"RUS", "TUR"},
     {"Sergey Lavrov": "RUS", "Hakan Fidan": "TUR"},
     {(("RUS", "TUR"), "meeting", "2023-07-12", "held", "Ankara")}),

    ("X and Y met; capital standing for the state is not a place",
     " date 2024-05-10 Egypt and Qatar met in Cairo last week to discuss the crisis.",
     {"EGY", "QAT"},
     {},
     {(("EGY", "QAT"), "meeting", "2024-05", "held", "Cairo")}),

    ("talks between X and Y; topic of the talks is not a party",
     " date 2022-11-15 Talks between Armenia and Azerbaijan on Nagorno issues resumed in "
     "Brussels yesterday, with no mention of Russia.",
     {"ARM", "AZE", "RUS", "BEL"},
     {},
     {(("ARM", "AZE"), "talks", "2022-11-14", "held", "Brussels")}),

    ("visit with host, planned with will, next week",
     " date 2024-02-01 French President Emmanuel Macron will travel to India next week.",
     {"FRA", "IND"},
     {"Emmanuel Macron": "FRA"},
     {(("FRA", "IND"), "visit", "2024-02", "planned", "India")}),

    ("tour: one visit per host",
     " date 2024-06-03 Chinese Premier Li Qiang will visit New Zealand, Australia and Malaysia "
     "from Thursday to Saturday.",
     {"CHN", "NZL", "AUS", "MYS"},
     {"Li Qiang": "CHN"},
     {(("CHN", "NZL"), "visit", "2024-06-06/2024-06-08", "planned", "New Zealand"),
      (("AUS", "CHN"), "visit", "2024-06-06/2024-06-08", "planned", "Australia"),
      (("CHN", "MYS"), "visit", "2024-06-06/2024-06-08", "planned", "Malaysia")}),

    ("phone call with an unnamed counterpart; surname later",
     " date 2023-09-14 Indian External Affairs Minister S. Jaishankar spoke by phone with his "
     "Saudi counterpart on Wednesday. Jaishankar later left for Delhi.",
     {"IND", "SAU"},
     {"S. Jaishankar": "IND"},
     {(("IND", "SAU"), "call", "2023-09-13", "held", None)}),

    ("cancelled meeting",
     " date 2024-04-02 A meeting between Israeli and Palestinian officials planned for Sunday "
     "in Aqaba was called off.",
     {"ISR", "PSE", "JOR"},
     {},
     {(("ISR", "PSE"), "meeting", "2024-03-31", "cancelled", "Aqaba")}),

    ("negation: did not meet is no meeting",
     " date 2024-01-20 German Chancellor Olaf Scholz did not meet Polish Prime Minister "
     "Donald Tusk during the visit.",
     {"DEU", "POL"},
     {"Olaf Scholz": "DEU", "Donald Tusk": "POL"},
     set()),

    ("summit list with an absent party",
     " date 2023-08-25 Leaders of Brazil, India, China and South Africa attended the summit in "
     "Johannesburg on Wednesday, while Russia could not take part.",
     {"BRA", "IND", "CHN", "ZAF", "RUS"},
     {},
     {(("BRA", "CHN", "IND", "ZAF"), "summit", "2023-08-23", "held", "Johannesburg")}),

    ("participants listed in the next sentence; the host country",
     " date 2021-10-26 The first meeting, hosted by Pakistan, took place in September. "
     "Apart from China, Iran and the host country, the foreign ministers of Tajikistan, "
     "Turkmenistan and Uzbekistan also took part.",
     {"PAK", "CHN", "IRN", "TJK", "TKM", "UZB"},
     {},
     {(("CHN", "IRN", "PAK", "TJK", "TKM", "UZB"), "meeting", "2021-09", "held", None)}),

    ("reference back: the meeting adds place and date",
     " date 2024-10-10 Singapore's Prime Minister Lawrence Wong will hold talks with Malaysian "
     "Prime Minister Anwar Ibrahim. The talks will take place in Putrajaya on Friday.",
     {"SGP", "MYS"},
     {"Lawrence Wong": "SGP", "Anwar Ibrahim": "MYS"},
     {(("MYS", "SGP"), "talks", "2024-10-11", "planned", "Putrajaya")}),

    ("organisation as a party; abbreviations do not end the sentence",
     " date 2024-02-18 Gen. Charles Brown, the U.S. military chief, met NATO officials in "
     "Brussels on Friday.",
     {"USA", "BEL"},
     {"Charles Brown": "USA"},
     {(("USA", "org:nato"), "meeting", "2024-02-16", "held", "Brussels")}),

    ("group presented as ruling a state counts as that state",
     " date 2022-03-30 The Taliban's interim government held talks with Uzbek officials in "
     "Tashkent on Tuesday.",
     {"AFG", "UZB"},
     {},
     {(("AFG", "UZB"), "talks", "2022-03-29", "held", "Tashkent")}),

    ("statements and aid are not meetings; people without a role are not officials",
     " date 2024-05-02 China pledged aid to Nepal on Monday. \"It is welcome,\" said Ram Sharma, "
     "a professor in Kathmandu.",
     {"CHN", "NPL"},
     {},
     set()),

    ("diacritics and particles in names",
     " date 2023-05-20 Brazilian President Luiz Inácio Lula da Silva received Saudi Foreign "
     "Minister Prince Faisal bin Farhan in Brasília on Thursday.",
     {"BRA", "SAU"},
     {"Luiz Inácio Lula da Silva": "BRA", "Faisal bin Farhan": "SAU"},
     {(("BRA", "SAU"), "meeting", "2023-05-18", "held", "Brasília")}),

    ("demonym plus role is a party, demonym plus thing is not",
     " date 2024-07-09 Vietnamese diplomats met the Cambodian delegation in Hanoi on Monday "
     "to discuss Thai rice exports.",
     {"VNM", "KHM", "THA"},
     {},
     {(("KHM", "VNM"), "meeting", "2024-07-08", "held", "Hanoi")}),

    ("name inside another name is not a person",
     " date 2024-03-01 The King Salman Humanitarian Aid Centre sent food to Sudan.",
     {"SDN"},
     {},
     set()),
    ("possessive visit; capitals standing for states",
     " date 2024-04-10 Beijing and Washington held talks in Vienna last month, while Pakistani Prime "
     "Minister Shehbaz Sharif's visit to Riyadh was postponed.",
     {"CHN", "USA", "AUT", "PAK", "SAU"},
     {"Shehbaz Sharif": "PAK"},
     {(("CHN", "USA"), "talks", "2024-03", "held", "Vienna"),
      (("PAK", "SAU"), "visit", None, "cancelled", "Riyadh")}),

    ("a call from X to Y; initials without a period",
     " date 2023-06-02 A call from External Affairs Minister S Jaishankar to Sri Lanka's foreign "
     "minister on Thursday focused on fishing rights.",
     {"IND", "LKA"},
     {"S Jaishankar": "IND"},
     {(("IND", "LKA"), "call", "2023-06-01", "held", None)}),

    ("sidelines of a conference: the conference is only the setting",
     " date 2023-09-22 On the sidelines of the UN General Assembly in New York on Wednesday, Turkish "
     "President Recep Tayyip Erdoğan met Iraqi Prime Minister Mohammed Shia al-Sudani.",
     {"TUR", "IRQ", "USA"},
     {"Recep Tayyip Erdoğan": "TUR", "Mohammed Shia al-Sudani": "IRQ"},
     {(("IRQ", "TUR"), "meeting", "2023-09-20", "held", "New York")}),

    ("expected to: planned; place inside a building in a city",
     " date 2022-08-15 Qatari officials are expected to meet the Taliban-led government's delegation "
     "at the Presidential Palace in Kabul tomorrow.",
     {"QAT", "AFG"},
     {},
     {(("AFG", "QAT"), "meeting", "2022-08-16", "planned", "Kabul")}),

    ("refused to meet: cancelled; honorific and surname",
     " date 2024-11-05 Foreign Minister Ishaq Dar of Pakistan said India refused to meet Mr Dar "
     "in Islamabad next week.",
     {"PAK", "IND"},
     {"Ishaq Dar": "PAK"},
     {(("IND", "PAK"), "meeting", "2024-11", "cancelled", "Islamabad")}),
    ("headline: 'to meet' is planned; a state's name inside a person's name is no state",
     " date 2024-02-05 Blinken to meet Saudi crown prince in Riyadh\n\nJordan Bardella, a French "
     "lawmaker, was not consulted.",
     {"SAU", "USA", "FRA"},
     {"Blinken": "USA", "Jordan Bardella": "FRA"},
     {(("SAU", "USA"), "meeting", None, "planned", "Riyadh")}),
    ("a state's possessive presents its leader; participants listed over sentences; dateline place",
     " date 2024-12-16 ABUJA, Dec 16 (Reuters) - West African leaders held a summit on Sunday. "
     "It was attended by Senegal's Bassirou Diomaye Faye and Togo's Faure Gnassingbé. Ghana was "
     "represented by its vice president.",
     {"NGA", "SEN", "TGO", "GHA"},
     {"Bassirou Diomaye Faye": "SEN", "Faure Gnassingbé": "TGO"},
     {(("GHA", "SEN", "TGO"), "summit", "2024-12-15", "held", "Abuja")}),

    ("a denied trip is no meeting",
     " date 2024-08-02 The president's office denied reports that he would fly to Caracas to meet "
     "Venezuelan President Nicolás Maduro.",
     {"VEN"},
     {"Nicolás Maduro": "VEN"},
     set()),
    ("a known surname followed by more name is someone else",
     " date 2024-01-02 Japanese Foreign Minister Abe Zed met Iranian Foreign Minister Hossein "
     "Amir-Abdollahian in Tehran on Monday.",
     {"JPN", "IRN"},
     {"Abe Zed": "JPN", "Hossein Amir-Abdollahian": "IRN"},
     {(("IRN", "JPN"), "meeting", "2024-01-01", "held", "Tehran")}),
]


def predicted(graph):
    nodes = graph["graph"]["nodes"]
    edges = graph["graph"]["edges"]
    countries = {n["metadata"]["iso3"] for n in nodes.values() if n["metadata"]["type"] == "country"}
    officials = {n["label"]: n["metadata"]["country"] for n in nodes.values()
                 if n["metadata"]["type"] == "official"}
    party = {}
    for nid, n in nodes.items():
        m = n["metadata"]
        if m["type"] == "country":
            party[nid] = m["iso3"]
        elif m["type"] == "official" and m["country"]:
            party[nid] = m["country"]
        elif m["type"] == "organization":
            party[nid] = m["country"] or "org:" + nid.split(":", 1)[1]
    meetings = set()
    for nid, n in nodes.items():
        m = n["metadata"]
        if m["type"] != "meeting":
            continue
        ps = sorted({party[e["source"]] for e in edges
                     if e["relation"] == "participant" and e["target"] == nid and e["source"] in party})
        meetings.add((tuple(ps), m["kind"], m["date"], m["status"], m["location"]))
    return countries, officials, meetings


def run_case(text):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(text + "\n")
        path = f.name
    try:
        r = subprocess.run([BIN, "--format", "json", "--output", "-", path],
                           capture_output=True, timeout=60)
    finally:
        os.unlink(path)
    if r.returncode != 0:
        raise AssertionError("exit %d: %s" % (r.returncode, r.stderr.decode()))
    return predicted(json.loads(r.stdout))


EVIDENCE_TEXT = (" date 2023-07-20 Sergey Lavrov, Russia's foreign minister, met Hakan Fidan in "
                 "Ankara on July 12.\n\nThe talks lasted two hours.\n")


def check_evidence():
    """Evidence: byte offsets into the file as given (UTF-8 bytes, after the
    date header) and the sentence, on nodes and on edges."""
    data = EVIDENCE_TEXT.encode("utf-8")
    with tempfile.NamedTemporaryFile("wb", suffix=".txt", delete=False) as f:
        f.write(data)
        path = f.name
    try:
        r = subprocess.run([BIN, "--format", "json", "--output", "-", path],
                           capture_output=True, timeout=60)
        g = json.loads(r.stdout)["graph"]
    finally:
        os.unlink(path)
    sentence = "Sergey Lavrov, Russia's foreign minister, met Hakan Fidan in Ankara on July 12."
    lav = g["nodes"]["official:sergey-lavrov"]["metadata"]["evidence"]
    assert len(lav) == 1, lav
    ev = lav[0]
    assert ev["document"] == path, ev
    assert data[ev["start"]:ev["end"]] == b"Sergey Lavrov", ev
    assert ev["sentence"] == sentence, ev
    rus = g["nodes"]["country:RUS"]["metadata"]["evidence"][0]
    assert data[rus["start"]:rus["end"]] == b"Russia", rus
    meeting = [n for i, n in g["nodes"].items() if i.startswith("meeting:")]
    assert len(meeting) == 1, meeting
    mev = meeting[0]["metadata"]["evidence"][0]
    assert data[mev["start"]:mev["end"]] == b"met", mev
    edges = [e for e in g["edges"] if e["relation"] == "participant"
             and e["source"] == "official:hakan-fidan"]
    assert len(edges) == 1, edges
    eev = edges[0]["metadata"]["evidence"][0]
    assert data[eev["start"]:eev["end"]] == b"Hakan Fidan", eev
    assert eev["sentence"] == sentence, eev
    assert g["metadata"]["documents"] == [{"id": path, "date": "2023-07-20"}], g["metadata"]


def check_gazetteer():
    """--gazetteer adds an official, a place and a trigger word at run time."""
    gaz = ("official\tJane Roe\tGBR\tSpecial Envoy\tRoe\n"
           "place\tB\u00fcrgenstock\tCHE\tcity\n"
           "word\tparley\ttrigger\ttalks\tnoun\n")
    text = " date 2024-05-05 Roe held a parley with Kosovar officials in B\u00fcrgenstock on Friday.\n"
    with tempfile.TemporaryDirectory() as d:
        gpath, tpath = os.path.join(d, "extra.tsv"), os.path.join(d, "a.txt")
        with open(gpath, "w", encoding="utf-8") as f:
            f.write(gaz)
        with open(tpath, "w", encoding="utf-8") as f:
            f.write(text)
        r = subprocess.run([BIN, "--gazetteer", gpath, "-f", "json", "-o", "-", tpath],
                           capture_output=True, timeout=60)
        assert r.returncode == 0, r.stderr
        countries, officials, meetings = predicted(json.loads(r.stdout))
        assert officials == {"Roe": "GBR"}, officials
        assert meetings == {(("GBR", "XKX"), "talks", "2024-05-03", "held", "B\u00fcrgenstock")}, meetings
        # A malformed line is an error naming the file and line.
        with open(gpath, "a", encoding="utf-8") as f:
            f.write("place\tAtlantis\tXXX\tcity\n")
        r = subprocess.run([BIN, "--gazetteer", gpath, "-f", "json", "-o", "-", tpath],
                           capture_output=True, timeout=60)
        assert r.returncode == 1, r.returncode
        assert b"extra.tsv:4: unknown ISO 3166-1 alpha-3 code" in r.stderr, r.stderr


def main():
    passed = failed = 0
    for check in (check_evidence, check_gazetteer):
        try:
            check()
            passed += 1
        except AssertionError as e:
            failed += 1
            print("FAIL %s: %s" % (check.__name__, e))
    for name, text, countries, officials, meetings in CASES:
        try:
            got = run_case(text)
            want = (countries, officials, meetings)
            for label, g, w in zip(("countries", "officials", "meetings"), got, want):
                if g != w:
                    raise AssertionError("%s:\n      got  %r\n      want %r" % (label, g, w))
            passed += 1
        except AssertionError as e:
            failed += 1
            print("FAIL %s: %s" % (name, e))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
