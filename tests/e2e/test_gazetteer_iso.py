#!/usr/bin/python3
"""Checks the gazetteer files in data/ against ISO 3166-1 and against each other.

Run from the repository root (or with PARLEY_SOURCE_DIR set) by Debian's
/usr/bin/python3. Uses only the standard library and Debian's iso-codes
package (/usr/share/iso-codes/json/iso_3166-1.json). Prints one line per
check and ends with "N passed, M failed"; exits non-zero on any failure.
"""
import json
import os
import re
import sys
import unicodedata

ROOT = os.environ.get("PARLEY_SOURCE_DIR") or os.getcwd()
DATA = os.path.join(ROOT, "data")
ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"

# ISO 3166-1 entries that are neither a state in countries.tsv nor a
# territory in places.tsv, with the reason.
EXCLUDED = {
    "ATA": "Antarctica: no state administers it (Antarctic Treaty)",
    "ESH": "Western Sahara: disputed (Morocco / Sahrawi Republic), not attributed to a state",
}
# Codes that are not in ISO 3166-1 but are used for states.
NON_ISO_STATES = {"XKX": "Kosovo (user-assigned code, not in ISO 3166-1)"}
SPECIAL_STATES = {"VAT", "PSE", "TWN", "XKX", "COK", "NIU"}

# Territories whose administering state is checked explicitly.
EXPECTED_ADMIN = {
    "HKG": "CHN", "MAC": "CHN", "GRL": "DNK", "FRO": "DNK", "PRI": "USA", "GUM": "USA",
    "ASM": "USA", "VIR": "USA", "BMU": "GBR", "GIB": "GBR", "PYF": "FRA", "NCL": "FRA",
    "ABW": "NLD", "CUW": "NLD", "NFK": "AUS", "ALA": "FIN", "SJM": "NOR",
}

# Phrases that must resolve to exactly these states (across countries.tsv
# and places.tsv).
EXPECTED_PHRASES = {
    "Congo": "COG", "Republic of the Congo": "COG", "DRC": "COD", "DR Congo": "COD",
    "Democratic Republic of the Congo": "COD", "Congolese": "COD", "Guinea": "GIN",
    "Korean": "KOR", "Korea": "KOR", "South Korean": "KOR", "North Korean": "PRK",
    "DPRK": "PRK", "Washington": "USA", "US": "USA", "U.S.": "USA", "America": "USA",
    "American": "USA", "UK": "GBR", "Britain": "GBR", "British": "GBR", "UAE": "ARE",
    "Emirati": "ARE", "Burma": "MMR", "Ivory Coast": "CIV", "Côte d'Ivoire": "CIV",
    "Türkiye": "TUR", "Turkiye": "TUR", "Czech Republic": "CZE", "Russian Federation": "RUS",
    "Islamic Republic of Iran": "IRN", "Republic of Korea": "KOR", "Georgia": "GEO",
    "Taiwan": "TWN", "Taiwanese": "TWN", "Kosovo": "XKX", "Kosovar": "XKX",
    "Palestine": "PSE", "Palestinian": "PSE", "Gaza": "PSE", "West Bank": "PSE",
    "Vatican": "VAT", "Holy See": "VAT", "Beijing": "CHN", "Chinese": "CHN",
    "Hong Kong": "CHN", "Macau": "CHN", "Xinjiang": "CHN", "Tianjin": "CHN",
    "Doha": "QAT", "Kabul": "AFG", "Afghan": "AFG", "Afghans": "AFG", "Moscow": "RUS",
    "Tehran": "IRN", "Islamabad": "PAK", "Pakistani": "PAK", "Filipino": "PHL",
    "Philippine": "PHL", "Burkinabe": "BFA", "Kyrgyz": "KGZ", "Dutch": "NLD",
    "The Hague": "NLD", "Swiss": "CHE", "Thai": "THA", "Lao": "LAO", "Malagasy": "MDG",
    "Saudi": "SAU", "Israeli": "ISR", "Jerusalem": "ISR", "New Delhi": "IND",
    "Nigerien": "NER", "Nigerian": "NGA", "Niger": "NER", "Nigeria": "NGA",
    "Dominican": "DOM", "Sudanese": "SDN", "South Sudanese": "SSD", "Geneva": "CHE",
    "Greenland": "DNK", "Puerto Rico": "USA", "Scotland": "GBR", "Quebec": "CAN",
    "Kurdistan Region": "IRQ", "Tigray": "ETH", "Darfur": "SDN", "Sinai": "EGY",
}
# Phrases that must not be in countries.tsv or places.tsv at all
# (contested, shared between states, or common words).
FORBIDDEN_PHRASES = [
    "Kashmir", "Crimea", "Donbas", "Donetsk", "Luhansk", "Punjab", "Balochistan",
    "Kurdistan", "Western Sahara", "Golan Heights", "Abkhazia", "South Ossetia",
    "Transnistria", "Nagorno-Karabakh", "Somaliland", "Virgin Islands",
    "Hyderabad", "Victoria", "Hamilton", "Birmingham", "Cambridge", "Valencia", "Córdoba",
]

ORG_TYPES = {"intl", "group", "body", "bloc", "format"}
PLACE_TYPES = {"city", "region", "seat"}
TITLE_CLASSES = {"head_of_state", "head_of_government", "minister", "deputy", "envoy",
                 "diplomat", "spokesperson", "official", "military", "legislator", "royal",
                 "leader"}
REQUIRED_ORGS = {"united-nations": None, "european-union": None, "nato": None,
                 "taliban": "AFG", "african-union": None, "asean": None,
                 "houthis": "YEM", "east-turkestan-islamic-movement": None,
                 "shanghai-cooperation-organisation": None, "g20": None}
REQUIRED_TITLES = {"president": "head_of_state", "prime minister": "head_of_government",
                   "foreign minister": "minister", "deputy prime minister": "deputy",
                   "special envoy": "envoy", "ambassador": "diplomat",
                   "spokesperson": "spokesperson", "king": "royal",
                   "secretary of state": "minister"}

MAX_TOKENS = 12   # lexicon.c: MAX_PHRASE_TOKENS
MAX_LINE = 4095   # lexicon.c: longest line it reads

passed = 0
failed = 0


def check(ok, what, details=()):
    global passed, failed
    details = list(details)
    if ok:
        passed += 1
        print("ok   " + what)
    else:
        failed += 1
        print("FAIL " + what)
        for d in details[:25]:
            print("       " + str(d))
        if len(details) > 25:
            print("       ... and %d more" % (len(details) - 25))


# ---------------------------------------------------------------- tokenizer
# A close copy of src/text/tokenize.c, enough to compare phrases the way the
# loader does: accents removed, case folded, words joined across hyphens and
# inner apostrophes, a possessive 's split off, dotted capitals kept whole.

def _fold(ch):
    if ch in "\u2018\u2019\u201a\u2032\u02bc":
        return "'"
    if ch in "\u201c\u201d\u201e\u00ab\u00bb":
        return '"'
    if "\u2010" <= ch <= "\u2015":
        return "-"
    if ch == "\u00df":
        return "ss"
    d = unicodedata.normalize("NFKD", ch)
    d = "".join(c for c in d if not unicodedata.combining(c))
    return d.lower() if d else ch.lower()


def _is_word(ch):
    return ch.isalnum()


def tokens(phrase):
    s = phrase
    n = len(s)
    i = 0
    out = []
    while i < n:
        c = s[i]
        if c.isspace():
            i += 1
            continue
        if not _is_word(c):
            if c in "'\u2019" and out and i > 0 and not s[i - 1].isspace() and i + 1 < n \
                    and s[i + 1] in "sS" and (i + 2 >= n or not _is_word(s[i + 2])):
                out.append("'s")
                i += 2
                continue
            out.append(_fold(c))
            i += 1
            continue
        a = i
        dotted = "A" <= c <= "Z"
        i += 1
        while i < n:
            v = s[i]
            if _is_word(v):
                i += 1
                continue
            if i + 1 < n:
                w = s[i + 1]
                if _fold(v) == "-" and _is_word(w):
                    i += 1
                    continue
                if _fold(v) == "'" and w.isalpha():
                    poss = w in "sS" and (i + 2 >= n or not _is_word(s[i + 2]))
                    if not poss:
                        i += 1
                        continue
                if v == "." and dotted and i - a == 1 and "A" <= w <= "Z" and i + 2 < n \
                        and s[i + 2] == ".":
                    i += 3
                    while i + 1 < n and "A" <= s[i] <= "Z" and s[i + 1] == ".":
                        i += 2
                    break
            break
        out.append("".join(_fold(ch) for ch in s[a:i]))
    return out


def norm(phrase):
    return " ".join(tokens(phrase))


def slug(name):
    p = norm(name)
    if p.startswith("the "):
        p = p[4:]
    out, dash = [], False
    for ch in p:
        if "a" <= ch <= "z" or "0" <= ch <= "9":
            if dash and out:
                out.append("-")
            out.append(ch)
            dash = False
        else:
            dash = True
    return "".join(out)


# ---------------------------------------------------------------- reading

def read_tsv(name):
    """Returns [(line_no, fields)] and a list of format problems."""
    path = os.path.join(DATA, name)
    rows, problems = [], []
    with open(path, "rb") as fh:
        raw = fh.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return rows, ["%s: not UTF-8 (%s)" % (name, e)]
    for no, line in enumerate(text.split("\n"), 1):
        if len(line.encode("utf-8")) > MAX_LINE:
            problems.append("%s:%d: line longer than %d bytes" % (name, no, MAX_LINE))
        if line.endswith("\r"):
            problems.append("%s:%d: CR line ending" % (name, no))
            line = line[:-1]
        stripped = line.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        fields = line.split("\t")
        for f in fields:
            if f != f.strip():
                problems.append("%s:%d: field with surrounding spaces: %r" % (name, no, f))
            if f and f != "-" and ("||" in f or f.startswith("|") or f.endswith("|")):
                problems.append("%s:%d: empty item in list %r" % (name, no, f))
        rows.append((no, fields))
    return rows, problems


def items(field):
    if not field or field == "-":
        return []
    return [x for x in field.split("|") if x]


def phrase_problems(fname, no, phrase, title=False):
    """Problems with one phrase as the loader will see it."""
    probs = []
    toks = tokens(phrase)
    if not toks:
        probs.append("%s:%d: phrase %r has no tokens" % (fname, no, phrase))
    if len(toks) > MAX_TOKENS:
        probs.append("%s:%d: phrase %r has more than %d tokens" % (fname, no, phrase, MAX_TOKENS))
    letters = "".join(ch for ch in phrase if ch.isalpha())
    if title:
        if phrase != phrase.lower() and phrase != phrase.upper():
            probs.append("%s:%d: title phrase %r must be lower case (or all capitals)" % (fname, no, phrase))
    else:
        # A short mixed-case alias ("Us") would match an ordinary word.
        if len(letters) <= 2 and letters and letters != letters.upper():
            probs.append("%s:%d: short phrase %r must be written in capitals" % (fname, no, phrase))
        first = phrase[:1]
        if first.isalpha() and first.islower() and not re.match(r"^(al|el|ad|as)[- ]", phrase):
            probs.append("%s:%d: phrase %r should start with a capital" % (fname, no, phrase))
    return probs


# ---------------------------------------------------------------- ISO list

try:
    with open(ISO_JSON, encoding="utf-8") as fh:
        ISO = json.load(fh)["3166-1"]
except (OSError, ValueError, KeyError) as e:
    print("FAIL cannot read %s: %s (install Debian's iso-codes)" % (ISO_JSON, e))
    print("0 passed, 1 failed")
    sys.exit(1)
ISO_BY_A3 = {e["alpha_3"]: e for e in ISO}
check(len(ISO_BY_A3) >= 249, "ISO 3166-1 list has at least 249 entries (%d)" % len(ISO_BY_A3))


def iso_names(e):
    """Name forms of an ISO entry to look for in the gazetteer."""
    names = set()
    for key in ("name", "common_name", "official_name"):
        v = e.get(key)
        if not v:
            continue
        names.add(v)
        bare = re.sub(r"\s*\([^)]*\)", "", v).strip()
        names.add(bare)
        if "," in bare:  # "Virgin Islands, British" -> "British Virgin Islands"
            head, tail = bare.split(",", 1)
            names.add(tail.strip() + " " + head.strip())
    out = set()
    for v in names:
        k = norm(v)
        out.add(k)
        if k.startswith("the "):
            out.add(k[4:])
    return out


# ---------------------------------------------------------------- countries.tsv

rows, probs = read_tsv("countries.tsv")
check(not probs, "countries.tsv is well-formed UTF-8 TSV", probs)

bad_cols = ["countries.tsv:%d: %d columns, want 5" % (no, len(f)) for no, f in rows if len(f) != 5]
check(not bad_cols, "countries.tsv: every row has 5 columns", bad_cols)

countries = {}
dups, bad_code, empty_name = [], [], []
for no, f in rows:
    f = (f + [""] * 5)[:5]
    iso3 = f[0]
    if not re.match(r"^[A-Z]{3}$", iso3):
        bad_code.append("countries.tsv:%d: bad iso3 %r" % (no, iso3))
    if iso3 in countries:
        dups.append("countries.tsv:%d: %s already on line %d" % (no, iso3, countries[iso3]["line"]))
    if not f[1] or f[1] == "-":
        empty_name.append("countries.tsv:%d: empty name" % no)
    countries[iso3] = {"line": no, "name": f[1], "aliases": items(f[2]),
                       "adjectives": items(f[3]), "capitals": items(f[4])}
check(not bad_code, "countries.tsv: iso3 codes are three capital letters", bad_code)
check(not dups, "countries.tsv: iso3 codes are unique", dups)
check(not empty_name, "countries.tsv: every state has a name", empty_name)
check(len(countries) >= 197, "countries.tsv lists at least 197 states (%d)" % len(countries))
missing_special = sorted(SPECIAL_STATES - set(countries))
check(not missing_special, "countries.tsv includes VAT, PSE, TWN, XKX, COK and NIU", missing_special)

not_iso = [c for c in countries if c not in ISO_BY_A3 and c not in NON_ISO_STATES]
check(not not_iso, "every iso3 in countries.tsv (except XKX) is in ISO 3166-1", not_iso)

# Each state row names the state the way ISO does somewhere (catches a row
# filed under the wrong code, e.g. Niger under NGA).
wrong = []
for iso3, c in countries.items():
    e = ISO_BY_A3.get(iso3)
    if not e:
        continue
    mine = {norm(p) for p in [c["name"]] + c["aliases"]}
    if not (mine & iso_names(e)):
        wrong.append("%s %r: none of its names matches ISO %r" % (iso3, c["name"], e["name"]))
check(not wrong, "countries.tsv: each row carries its ISO name (or common/official name)", wrong)

pp = []
for iso3, c in countries.items():
    for p in [c["name"]] + c["aliases"] + c["adjectives"] + c["capitals"]:
        pp += phrase_problems("countries.tsv", c["line"], p)
check(not pp, "countries.tsv: phrases are loadable and safely capitalised", pp)

# ---------------------------------------------------------------- places.tsv

prow, probs = read_tsv("places.tsv")
check(not probs, "places.tsv is well-formed UTF-8 TSV", probs)
bad = ["places.tsv:%d: %d columns, want 4" % (no, len(f)) for no, f in prow if len(f) != 4]
check(not bad, "places.tsv: every row has 4 columns", bad)
places = []
bad_type, bad_iso, pp = [], [], []
for no, f in prow:
    f = (f + [""] * 4)[:4]
    name, iso3, typ, aliases = f
    if typ not in PLACE_TYPES:
        bad_type.append("places.tsv:%d: type %r" % (no, typ))
    if iso3 not in countries:
        bad_iso.append("places.tsv:%d: %r has iso3 %r not in countries.tsv" % (no, name, iso3))
    phrases = [name] + items(aliases)
    for p in phrases:
        pp += phrase_problems("places.tsv", no, p)
    places.append({"line": no, "name": name, "iso3": iso3, "type": typ, "phrases": phrases})
check(not bad_type, "places.tsv: type is city, region or seat", bad_type)
check(not bad_iso, "places.tsv: every iso3 is a state of countries.tsv", bad_iso)
check(not pp, "places.tsv: phrases are loadable and safely capitalised", pp)
ncity = sum(1 for p in places if p["type"] == "city")
check(ncity >= 500, "places.tsv has at least 500 cities (%d)" % ncity)

# Capitals are in countries.tsv: a place that repeats one is redundant and
# would create a second, different location for the same name.
capital_keys = {}
for iso3, c in countries.items():
    for cap in c["capitals"]:
        capital_keys[norm(cap)] = iso3
rep = ["places.tsv:%d: %r repeats a capital of %s" % (p["line"], ph, capital_keys[norm(ph)])
       for p in places for ph in p["phrases"] if norm(ph) in capital_keys]
check(not rep, "places.tsv does not repeat capitals from countries.tsv", rep)

# ---------------------------------------------------------------- ISO coverage

place_by_key = {}
for p in places:
    for ph in p["phrases"]:
        place_by_key.setdefault(norm(ph), []).append(p)
uncovered, wrong_admin, not_region = [], [], []
for a3, e in sorted(ISO_BY_A3.items()):
    if a3 in countries:
        continue
    if a3 in EXCLUDED:
        continue
    hits = [p for k in iso_names(e) for p in place_by_key.get(k, [])]
    if not hits:
        uncovered.append("%s %s" % (a3, e["name"]))
        continue
    for p in hits:
        if p["type"] != "region":
            not_region.append("%s %s: places.tsv:%d is a %s" % (a3, e["name"], p["line"], p["type"]))
        if p["iso3"] == a3:
            wrong_admin.append("%s is filed under its own code" % a3)
        if a3 in EXPECTED_ADMIN and p["iso3"] != EXPECTED_ADMIN[a3]:
            wrong_admin.append("%s %s: under %s, want %s" % (a3, e["name"], p["iso3"], EXPECTED_ADMIN[a3]))
check(not uncovered, "every ISO 3166-1 entry is a state, a territory in places.tsv or excluded", uncovered)
check(not not_region, "ISO territories in places.tsv are regions", not_region)
check(not wrong_admin, "ISO territories are filed under their administering state", wrong_admin)
stale = [a3 for a3 in EXCLUDED if a3 not in ISO_BY_A3 or a3 in countries]
check(not stale, "excluded codes are ISO entries that are not states", stale)

# ---------------------------------------------------------------- collisions

owner = {}
for iso3, c in countries.items():
    for p in [c["name"]] + c["aliases"] + c["adjectives"] + c["capitals"]:
        owner.setdefault(norm(p), {}).setdefault(iso3, []).append("countries.tsv:%d %r" % (c["line"], p))
for p in places:
    for ph in p["phrases"]:
        owner.setdefault(norm(ph), {}).setdefault(p["iso3"], []).append("places.tsv:%d %r" % (p["line"], ph))
clash = []
for k, by in sorted(owner.items()):
    if len(by) > 1:
        clash.append("%r -> %s" % (k, "; ".join("%s (%s)" % (i, ", ".join(w)) for i, w in sorted(by.items()))))
check(not clash, "no phrase maps to two different states across countries.tsv and places.tsv", clash)

miss = []
for ph, want in sorted(EXPECTED_PHRASES.items()):
    got = sorted(owner.get(norm(ph), {}))
    if got != [want]:
        miss.append("%r -> %s, want %s" % (ph, got or "nothing", want))
check(not miss, "key phrases resolve to the right state", miss)

forb = ["%r is present (%s)" % (ph, sorted(owner[norm(ph)])) for ph in FORBIDDEN_PHRASES
        if norm(ph) in owner]
check(not forb, "contested, shared or unsafe names are left out", forb)

# ---------------------------------------------------------------- organizations.tsv

orow, probs = read_tsv("organizations.tsv")
check(not probs, "organizations.tsv is well-formed UTF-8 TSV", probs)
bad = ["organizations.tsv:%d: %d columns, want 4 or 5" % (no, len(f)) for no, f in orow
       if len(f) not in (4, 5)]
check(not bad, "organizations.tsv: every row has 4 columns (5 with members)", bad)
bad = ["organizations.tsv:%d: %s" % (no, m) for no, f in orow if len(f) == 5
       for m in f[4].split("|") if m not in {r[0] for _, r in rows}]
check(not bad, "organizations.tsv: members are states of countries.tsv", bad)
bad = ["organizations.tsv:%d: members of a %s" % (no, f[2]) for no, f in orow if len(f) == 5
       and f[2] not in ("body", "bloc", "format")]
check(not bad, "organizations.tsv: only forums, blocs and formats list members", bad)
bad = ["organizations.tsv:%d: a format without members" % no for no, f in orow
       if f[2:3] == ["format"] and (len(f) < 5 or f[4] in ("", "-"))]
check(not bad, "organizations.tsv: a format lists its members", bad)
orgs, bad_type, bad_rules, pp, slugs = {}, [], [], [], {}
org_owner = {}
for no, f in orow:
    f = (f + [""] * 4)[:4]
    name, aliases, typ, rules = f
    if typ not in ORG_TYPES:
        bad_type.append("organizations.tsv:%d: type %r" % (no, typ))
    if rules not in ("", "-") and rules not in countries:
        bad_rules.append("organizations.tsv:%d: rules %r is not a state" % (no, rules))
    s = slug(name)
    slugs.setdefault(s, []).append(no)
    orgs[s] = {"line": no, "type": typ, "rules": None if rules in ("", "-") else rules}
    for p in [name] + items(aliases):
        # a format's name in lower case is read in any case ("six-party")
        if typ == "format" and p[:1].islower():
            continue
        pp += phrase_problems("organizations.tsv", no, p)
        org_owner.setdefault(norm(p), set()).add(s)
check(not bad_type, "organizations.tsv: type is intl, group, body, bloc or format", bad_type)
check(not bad_rules, "organizations.tsv: rules is empty or a state of countries.tsv", bad_rules)
check(not pp, "organizations.tsv: phrases are loadable and safely capitalised", pp)
dup_slug = ["%s on lines %s" % (s, ls) for s, ls in slugs.items() if len(ls) > 1 or not s]
check(not dup_slug, "organizations.tsv: slugs are unique and non-empty", dup_slug)
oc = ["%r -> %s" % (k, sorted(v)) for k, v in org_owner.items() if len(v) > 1]
check(not oc, "organizations.tsv: no phrase names two organisations", oc)
oc = ["%r is an organisation and a place/state (%s)" % (k, sorted(owner[k])) for k in org_owner if k in owner]
check(not oc, "organisation phrases do not collide with states or places", oc)
req = []
for s, rule in REQUIRED_ORGS.items():
    if s not in orgs:
        req.append("missing org:%s" % s)
    elif orgs[s]["rules"] != rule:
        req.append("org:%s rules %r, want %r" % (s, orgs[s]["rules"], rule))
check(not req, "organizations.tsv has the parties gold files name (org:united-nations, ...)", req)
check(len(orgs) >= 80, "organizations.tsv has at least 80 entries (%d)" % len(orgs))

# ---------------------------------------------------------------- titles.tsv

trow, probs = read_tsv("titles.tsv")
check(not probs, "titles.tsv is well-formed UTF-8 TSV", probs)
bad = ["titles.tsv:%d: %d columns, want 3 or 4" % (no, len(f)) for no, f in trow
       if len(f) not in (3, 4)]
check(not bad, "titles.tsv: every row has 3 columns, or 4 with a state", bad)
bad = ["titles.tsv:%d: state %r is no ISO 3166-1 alpha-3 code" % (no, f[3]) for no, f in trow
       if len(f) == 4 and f[3] not in ISO_BY_A3]
check(not bad, "titles.tsv: a title's state is an ISO 3166-1 alpha-3 code", bad)
titles, bad_cls, pp, dup, bad_can = {}, [], [], [], []
for no, f in trow:
    f = (f + [""] * 3)[:3]
    phrase, canonical, cls = f
    if cls not in TITLE_CLASSES:
        bad_cls.append("titles.tsv:%d: class %r" % (no, cls))
    if not canonical or canonical == "-" or not canonical[:1].isupper():
        bad_can.append("titles.tsv:%d: canonical %r must be Title Case" % (no, canonical))
    for p in items(phrase):
        pp += phrase_problems("titles.tsv", no, p, title=True)
        k = norm(p)
        if k in titles:
            dup.append("titles.tsv:%d: %r already on line %d" % (no, p, titles[k][0]))
        titles[k] = (no, cls)
check(not bad_cls, "titles.tsv: class is one of the allowed classes", bad_cls)
check(not bad_can, "titles.tsv: canonical titles are written in Title Case", bad_can)
check(not pp, "titles.tsv: phrases are lower case and loadable", pp)
check(not dup, "titles.tsv: no phrase is listed twice", dup)
req = ["%r -> %s, want %s" % (p, titles.get(norm(p), (0, None))[1], c)
       for p, c in REQUIRED_TITLES.items() if titles.get(norm(p), (0, None))[1] != c]
check(not req, "titles.tsv: core titles have the right class", req)
check(len(titles) >= 250, "titles.tsv has at least 250 phrases (%d)" % len(titles))

# ---------------------------------------------------------------- tokenizer sanity

tk = [("U.S.", ["u.s."]), ("Côte d'Ivoire", ["cote", "d'ivoire"]),
      ("People's Republic of China", ["people", "'s", "republic", "of", "china"]),
      ("Guinea-Bissau", ["guinea-bissau"]), ("Türkiye", ["turkiye"])]
bad = ["%r -> %s, want %s" % (s, tokens(s), w) for s, w in tk if tokens(s) != w]
check(not bad, "the test's copy of the tokenizer agrees with tokenize.c on known cases", bad)

print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
