#!/usr/bin/env python3
"""Fill the admin2 column of places.tsv from data/gazetteer/admin2.tsv (standard library only).

build.py calls assign() on the rows it builds. Run on its own, from the repository root,

    python3 scripts/gazetteer/admin2.py

it rewrites only the admin2 column of the existing data/gazetteer/places.tsv in place (for when the
packages build.py needs are not at hand); both ways give the same result, deterministically.

The district of a town is an approximation (docs/gazetteer.md, "admin2"):
  * the seat town of a district gets that district: the seat is the places.tsv row of the same
    country whose lat/lon strings equal those of the admin2 row (admin2.tsv copies the seat's
    5-decimal coordinates; rows with 2-decimal hand coordinates have no seat row);
  * any other city/town/village/camp gets the district whose seat point is nearest, among the
    districts of the same country and admin1, if that point is within MAX_KM and the admin1's
    district list is complete (INCOMPLETE lists those that are not: there the nearest listed seat
    may well be in another, unlisted district, so only seats are assigned);
  * cities split into several districts (NO_ADMIN2) get none.
"""

import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
ADMIN2 = os.path.join(ROOT, "data", "gazetteer", "admin2.tsv")
PLACES = os.path.join(ROOT, "data", "gazetteer", "places.tsv")

COLUMNS = ["id", "feature", "country", "admin1", "admin2", "name", "arabic_forms",
           "lat", "lon", "population", "geonames_id"]
COUNTRIES = ("IRQ", "SYR", "YEM")
FEATURES = {"city", "town", "village", "camp"}
# Farthest a town may be from the seat of the district it is given. Districts average about
# 4,000 km2 in Iraq and 3,000 km2 in Syria (radius of an equal-area disc about 35 and 30 km) and
# about 1,600 km2 in Yemen (about 23 km); desert districts are much larger, city districts smaller.
MAX_KM = {"IRQ": 40, "SYR": 40, "YEM": 25}
# Governorates whose district list in admin2.tsv is partial (see its header).
INCOMPLETE = {("YEM", a) for a in ("Saada", "Shabwah", "Lahij", "Hadhramaut", "Hajjah", "Amran",
                                   "Dhamar", "Al Bayda'", "Al Jawf")}
# Cities made of several districts: no single district is right for the city as a whole.
NO_ADMIN2 = {
    "gn:98182",   # Baghdad (Resafa, Karkh, Adhamiyah, Kadhimiya, Sadr City ...)
    "gn:71137",   # Sanaa (the ten districts of Amanat al-Asimah)
    "gn:415189",  # Aden (eight districts)
    "gn:70225",   # Taiz (al-Qahirah, al-Mudhaffar, Salah)
    "gn:79415",   # Hodeidah (al-Hawak, al-Mina, al-Hali)
    "gn:74477",   # Ibb (Ibb, al-Mashannah, al-Dhihar)
}

# Towns whose nearest district seat is across a district border (here the Tigris), by hand.
HAND = {
    "gn:99003": "Mosul District",  # Qayyarah, a nahiya of Mosul District; Makhmur's seat is nearer
}


def km(lat1, lon1, lat2, lon2):
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(a))


def load(path=ADMIN2):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            r = dict(zip(COLUMNS, line.split("\t")))
            if r.get("feature") == "admin2":
                out.append(r)
    return out


def assign(rows, path=ADMIN2):
    """Set r["admin2"] on the rows (dicts with the 11 columns, lat/lon as strings) in place.

    Returns {country: (rows considered, seats, nearest, none)}."""
    districts = load(path)
    by_point = {(d["country"], d["lat"], d["lon"]): d for d in districts}
    by_adm1 = {}
    for d in districts:
        by_adm1.setdefault((d["country"], d["admin1"]), []).append(d)
    stats = {cc: [0, 0, 0, 0] for cc in COUNTRIES}
    seats_found = set()
    for r in rows:
        cc = r["country"]
        if cc not in COUNTRIES or r["feature"] not in FEATURES:
            continue
        st = stats[cc]
        st[0] += 1
        r["admin2"] = ""
        if r["id"] in NO_ADMIN2:
            st[3] += 1
            continue
        if r["id"] in HAND:
            r["admin2"] = HAND[r["id"]]
            st[2] += 1
            continue
        seat = by_point.get((cc, r["lat"], r["lon"]))
        if seat and seat["admin1"] == r["admin1"] and seat["id"] not in seats_found:
            seats_found.add(seat["id"])
            r["admin2"] = seat["admin2"]
            st[1] += 1
            continue
        cands = by_adm1.get((cc, r["admin1"]))
        if not cands or (cc, r["admin1"]) in INCOMPLETE:
            st[3] += 1
            continue
        lat, lon = float(r["lat"]), float(r["lon"])
        best = min(cands, key=lambda d: (km(lat, lon, float(d["lat"]), float(d["lon"])), d["id"]))
        if km(lat, lon, float(best["lat"]), float(best["lon"])) <= MAX_KM[cc]:
            r["admin2"] = best["admin2"]
            st[2] += 1
        else:
            st[3] += 1
    missing = [d["id"] for d in districts if "." in d["lat"] and len(d["lat"].split(".")[1]) == 5
               and d["id"] not in seats_found]
    if missing:
        raise SystemExit(f"admin2.tsv: no seat row in places.tsv has the coordinates of {', '.join(missing)}")
    return {cc: tuple(v) for cc, v in stats.items()}


def summary(stats):
    lines = []
    for cc, (n, seats, near, none) in stats.items():
        got = seats + near
        lines.append(f"  {cc}: {got} of {n} cities/towns/villages/camps have an admin2 "
                     f"({100 * got / max(n, 1):.0f}%: {seats} seats, {near} nearest seat), {none} without")
    return "\n".join(lines)


def main():
    with open(PLACES, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    rows = []
    for i, line in enumerate(lines):
        if line and not line.startswith("#"):
            r = dict(zip(COLUMNS, line.split("\t")))
            r["_line"] = i
            rows.append(r)
    stats = assign(rows)
    for r in rows:
        lines[r["_line"]] = "\t".join(r[k] for k in COLUMNS)
    with open(PLACES, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))
    print(f"wrote {PLACES}")
    print(summary(stats))


if __name__ == "__main__":
    sys.dont_write_bytecode = True
    main()
