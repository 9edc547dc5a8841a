#!/usr/bin/env python3
"""Validate the gazetteer files data/gazetteer/*.tsv (places.tsv, admin2.tsv, extra.tsv).

    python3 scripts/gazetteer/check.py [FILE ...]

Checks (format in docs/gazetteer.md): the file starts with `#` comment lines that name a
source; every data line has 11 TAB-separated columns; ids are well formed and unique across
all files; feature is known; country is an ISO 3166-1 alpha-3 code that has a `country` row in
places.tsv; admin1 names of hand entries exist as admin1 rows of their country; name and
Arabic forms are present (Arabic script, " ; " separated, no duplicates); lat/lon are decimal
numbers in range (5 decimals in places.tsv); population and geonames_id are integers or empty;
places.tsv stays under 8 MB. admin2.tsv: ids adm2:<ISO3>:<slug> with the row's country, feature
admin2, a non-empty admin1 that is an admin1 row of that country, admin2 equal to name, and 2 or 5
decimals; every admin2 value of places.tsv names a district of admin2.tsv in the same country and
admin1. Needs only the Python standard library. Exits 1 on any error.
"""

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
GAZ = os.path.join(ROOT, "data", "gazetteer")
PLACES = os.path.join(GAZ, "places.tsv")
EXTRA = os.path.join(GAZ, "extra.tsv")
ADMIN2 = os.path.join(GAZ, "admin2.tsv")

COLUMNS = ["id", "feature", "country", "admin1", "admin2", "name", "arabic_forms",
           "lat", "lon", "population", "geonames_id"]
FEATURES = {"country", "admin1", "admin2", "city", "town", "village", "area", "camp",
            "crossing", "mountain", "neighbourhood", "building"}
ID_RE = re.compile(r"^(gn:[1-9][0-9]*|adm1:[A-Z]{3}:[A-Za-z0-9]+|adm2:[A-Z]{3}:[a-z0-9]+(-[a-z0-9]+)*"
                   r"|hand:[a-z0-9]+(-[a-z0-9]+)*)$")
ISO3_RE = re.compile(r"^[A-Z]{3}$")
COORD_RE = re.compile(r"^-?[0-9]{1,3}\.[0-9]{1,5}$")
ARABIC_FORM_RE = re.compile(r"^[\u0621-\u063a\u0641-\u064a0-9' \-]+$")
HAS_LETTER = re.compile(r"[\u0621-\u063a\u0641-\u064a]")
MAX_BYTES = 8_000_000
# Countries whose first-level divisions must all be present (docs/gazetteer.md).
ADM1_COUNTRIES = ("DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN "
                  "ARE YEM IRN TUR ISR AFG PAK MLI NER TCD BFA").split()


def read(path):
    """Yield (line number, fields) for data lines; check the comment header."""
    errors = []
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    if "\r" in text:
        errors.append(f"{path}: CR characters (line ends must be LF)")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    header = []
    for n, line in enumerate(lines, 1):
        if line.startswith("#"):
            if not rows:
                header.append(line)
            continue
        if not line.strip():
            continue
        rows.append((n, line.split("\t")))
    if not header:
        errors.append(f"{path}:1: the file must start with # comment lines")
    elif not any("source" in h.lower() for h in header):
        errors.append(f"{path}:1: the comment header names no source")
    return rows, errors


def check(paths):
    errors = []
    all_rows = []
    for path in paths:
        rows, errs = read(path)
        errors += errs
        all_rows += [(path, n, r) for n, r in rows]

    def err(path, n, msg):
        errors.append(f"{os.path.relpath(path, ROOT)}:{n}: {msg}")

    countries = set()
    admin1_names = {}
    for path, n, r in all_rows:
        if len(r) == len(COLUMNS) and r[1] == "country":
            countries.add(r[2])
        if len(r) == len(COLUMNS) and r[1] == "admin1":
            admin1_names.setdefault(r[2], set()).add(r[5])

    districts = set()  # (country, admin1, admin2 name) of admin2.tsv rows
    for path, n, r in all_rows:
        if len(r) == len(COLUMNS) and os.path.basename(path) == "admin2.tsv":
            districts.add((r[2], r[3], r[4]))

    seen = {}
    counts = {}
    for path, n, r in all_rows:
        if len(r) != len(COLUMNS):
            err(path, n, f"{len(r)} columns, want {len(COLUMNS)}")
            continue
        row = dict(zip(COLUMNS, r))
        for k, v in row.items():
            if v != v.strip():
                err(path, n, f"{k}: leading or trailing spaces")
        rid = row["id"]
        if not ID_RE.match(rid):
            err(path, n, f"bad id {rid!r}")
        if rid in seen:
            err(path, n, f"duplicate id {rid} (first at {seen[rid]})")
        seen.setdefault(rid, f"{os.path.basename(path)}:{n}")
        base = os.path.basename(path)
        is_extra = base != "places.tsv"
        is_admin2 = base == "admin2.tsv"
        if is_admin2:
            if not rid.startswith(f"adm2:{row['country']}:"):
                err(path, n, "admin2 rows use adm2:<ISO3 of the row>:<slug> ids")
            if row["feature"] != "admin2":
                err(path, n, "admin2.tsv holds only admin2 rows")
            if not row["admin1"]:
                err(path, n, "an admin2 row needs its admin1")
            if row["admin2"] != row["name"]:
                err(path, n, "an admin2 row has its own name in admin2")
            if row["population"] or row["geonames_id"]:
                err(path, n, "admin2 rows have no population or geonames_id")
        elif is_extra and not rid.startswith("hand:"):
            err(path, n, "hand entries use hand:<slug> ids")
        if row["feature"] == "admin2" and not is_admin2:
            err(path, n, "admin2 rows belong in admin2.tsv")
        if not is_extra and row["admin2"] and districts and \
                (row["country"], row["admin1"], row["admin2"]) not in districts:
            err(path, n, f"admin2 {row['admin2']!r} is not a district of {row['country']}/{row['admin1']} in admin2.tsv")
        feat = row["feature"]
        if feat not in FEATURES:
            err(path, n, f"unknown feature {feat!r}")
        counts[feat] = counts.get(feat, 0) + 1
        cc = row["country"]
        if not ISO3_RE.match(cc):
            err(path, n, f"country {cc!r} is not an ISO 3166-1 alpha-3 code")
        elif countries and cc not in countries:
            err(path, n, f"country {cc} has no country row in places.tsv")
        if feat == "country" and row["admin1"]:
            err(path, n, "a country row has an empty admin1")
        if feat == "admin1" and row["admin1"] != row["name"]:
            err(path, n, "an admin1 row has its own name in admin1")
        if is_extra and row["admin1"] and cc in admin1_names and row["admin1"] not in admin1_names[cc]:
            err(path, n, f"admin1 {row['admin1']!r} is not an admin1 row of {cc}")
        if not row["name"]:
            err(path, n, "empty name")
        forms = row["arabic_forms"].split(" ; ")
        if not row["arabic_forms"]:
            err(path, n, "no Arabic form")
        else:
            for fm in forms:
                if not fm or not ARABIC_FORM_RE.match(fm) or not HAS_LETTER.search(fm):
                    err(path, n, f"bad Arabic form {fm!r}")
            if len(set(forms)) != len(forms):
                err(path, n, "repeated Arabic form")
            if ";" in row["arabic_forms"].replace(" ; ", ""):
                err(path, n, "forms must be separated by ' ; '")
        for k, lo, hi in (("lat", -90, 90), ("lon", -180, 180)):
            v = row[k]
            if not COORD_RE.match(v):
                err(path, n, f"{k} {v!r} is not a decimal number")
                continue
            if not lo <= float(v) <= hi:
                err(path, n, f"{k} {v} out of range")
            if not is_extra and len(v.split(".")[1]) != 5:
                err(path, n, f"{k} {v} must have 5 decimals")
            if is_admin2 and len(v.split(".")[1]) not in (2, 5):
                err(path, n, f"{k} {v} must have 2 (hand) or 5 (seat from places.tsv) decimals")
        if row["population"] and not re.match(r"^[0-9]+$", row["population"]):
            err(path, n, f"population {row['population']!r} is not an integer")
        gid = row["geonames_id"]
        if gid and not re.match(r"^[1-9][0-9]*$", gid):
            err(path, n, f"geonames_id {gid!r} is not an integer")
        if rid.startswith("gn:") and gid != rid[3:]:
            err(path, n, "a gn: id must equal its geonames_id")

    if any(os.path.basename(p) == "places.tsv" for p in paths):
        for cc in ADM1_COUNTRIES:
            if cc not in admin1_names:
                errors.append(f"places.tsv: no admin1 rows for {cc}")
        if os.path.getsize(PLACES) > MAX_BYTES:
            errors.append(f"places.tsv: {os.path.getsize(PLACES)} bytes, over {MAX_BYTES}")
    return all_rows, counts, errors


def main():
    default = [PLACES] + sorted(os.path.join(GAZ, f) for f in os.listdir(GAZ)
                                if f.endswith(".tsv") and f != "places.tsv")
    paths = [os.path.abspath(p) for p in sys.argv[1:]] or default
    rows, counts, errors = check(paths)
    for e in errors[:200]:
        print(e)
    if len(errors) > 200:
        print(f"... and {len(errors) - 200} more")
    for p in paths:
        print(f"{os.path.relpath(p, ROOT)}: {sum(1 for q, _, _ in rows if q == p)} rows")
    print("features:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))
    if errors:
        print(f"FAILED: {len(errors)} errors")
        sys.exit(1)
    print("ok: 0 errors")


if __name__ == "__main__":
    main()
