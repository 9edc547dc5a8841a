#!/usr/bin/env python3
"""Check the actor dictionaries in data/dict/actors/*.txt (format: docs/dictionaries.md).

Errors (exit status 1):
  - a non-comment line without six `|`-separated fields (or seven: an office's `rank: state`
    or `rank: head`, the heads of state and other heads' titles read by the coder; a group's
    `role: victim`, an entity never taken as a doer, actors125);
  - a bad rank or role: an unknown value or key, a rank on an entry that is not an office, or a
    role on an entry that is not a group;
  - a malformed or duplicate id (ids must be unique across all actor files);
  - an unknown kind, country code or sector code; a kind/field combination that makes no
    sense (a `country` line without an ISO code, a `demonym` with a sector, ...);
  - an empty form, an empty form list, or the same form twice in one entry (after folding).
Warnings (printed with --verbose, counted always):
  - the same match key in two entries (after folding, with the implicit ال variants and the
    demonym inflections the loader generates). Collisions between entries of different
    countries are listed always, because the loader has to choose between them.
Also checks that every UN member state has a `country` entry.

Usage: python3 scripts/check_actor_dicts.py [--verbose] [DIR]   (default DIR: data/dict/actors)
"""
import os
import re
import sys
import unicodedata
from collections import defaultdict

KINDS = {"country", "demonym", "group", "office", "org", "person"}
SECTORS = set("""GOV MIL COP SPY LEG JUD PTY REB PRM UAF UNK CVL JRN MED REF BUS CRM EDU LAB
ELI AGR REL OPP NGO IGO""".split())
RANKS = {"state", "head"}
NONSTATE = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}
# The 193 UN member states (ISO 3166-1 alpha-3).
UN_MEMBERS = set("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA
BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE
DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM
GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT
KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO
MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL
POL PRT QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF
SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR
USA URY UZB VUT VEN VNM YEM ZMB ZWE""".split())
EXTRA_STATES = {"PSE", "XKX", "TWN", "ESH", "VAT"}

try:  # optional: validate ISO codes against pycountry when it is installed
    import pycountry  # type: ignore
    ISO3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
except ImportError:
    ISO3 = UN_MEMBERS | EXTRA_STATES | {"HKG", "MAC", "PRI", "GRL"}

ID_RE = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)+$")
ARABIC_RE = re.compile(r"[\u0600-\u06FF]")


def fold(s: str) -> str:
    """The loader's match-key folding (crates/text/src/norm.rs), enough for comparisons."""
    out = []
    for ch in unicodedata.normalize("NFKC", s):
        o = ord(ch)
        if (0x0610 <= o <= 0x061A or 0x064B <= o <= 0x065F or o == 0x0670
                or 0x06D6 <= o <= 0x06DC or 0x06DF <= o <= 0x06E8 or 0x06EA <= o <= 0x06ED
                or o == 0x0640 or 0x200C <= o <= 0x200F or 0x202A <= o <= 0x202E or o == 0xFEFF):
            continue
        ch = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ئ": "ي", "ؤ": "و",
              "ة": "ه", "ک": "ك", "ی": "ي"}.get(ch, ch)
        out.append(" " if ch.isspace() else ch.lower())
    return re.sub(" +", " ", "".join(out)).strip()


def keys_of(kind: str, form: str):
    """Match keys a form produces: itself, its ال variant, demonym inflections."""
    k = fold(form)
    bases = [k]
    if kind == "demonym" and " " not in k and k.endswith("ي"):
        bases += [k + suf for suf in ("ه", "ون", "ين", "ان", "تين", "ات")]
    elif kind == "demonym" and k.endswith("ي") and not k.startswith("ال"):
        bases += [k + suf for suf in ("ه", "ون", "ين")]
    out = set()
    for b in bases:
        out.add(b)
        if not b.startswith("ال"):
            out.add("ال" + b)
    return out


def main(argv):
    verbose = "--verbose" in argv
    args = [a for a in argv if not a.startswith("--")]
    root = args[0] if args else os.path.join(os.path.dirname(__file__), "..", "data", "dict", "actors")
    errors, warnings = [], []
    ids = {}
    entries = []
    counts = defaultdict(int)
    ranks = defaultdict(int)
    files = sorted(f for f in os.listdir(root) if f.endswith(".txt"))
    if not files:
        errors.append(f"{root}: no .txt files")
    for fn in files:
        path = os.path.join(root, fn)
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        first = next((l for l in lines if l.strip()), "")
        if not first.startswith("#"):
            errors.append(f"{fn}:1: file must start with a comment header")
        for n, raw in enumerate(lines, 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            where = f"{fn}:{n}"
            fields = [f.strip() for f in line.split("|")]
            if len(fields) not in (6, 7):
                errors.append(f"{where}: expected 6 fields (7 with a rank), found {len(fields)}")
                continue
            eid, kind, country, sector, name, forms_s = fields[:6]
            if len(fields) == 7:
                key, _, rank = (x.strip() for x in fields[6].partition(":"))
                if key == "role":
                    if rank != "victim":
                        errors.append(f"{where}: unknown role {rank!r} (expected victim)")
                    elif kind != "group":
                        errors.append(f"{where}: role {rank!r} on a {kind} entry; only a group has a role")
                    else:
                        ranks["role victim"] += 1
                elif key != "rank":
                    errors.append(f"{where}: expected 'rank: state' or 'rank: head', found {fields[6]!r}")
                elif rank not in RANKS:
                    errors.append(f"{where}: unknown rank {rank!r} (expected state or head)")
                elif kind != "office":
                    errors.append(f"{where}: rank {rank!r} on a {kind} entry; only an office has a rank")
                else:
                    ranks[rank] += 1
            if not ID_RE.match(eid):
                errors.append(f"{where}: bad id {eid!r}")
            if eid in ids:
                errors.append(f"{where}: duplicate id {eid} (first at {ids[eid]})")
            ids[eid] = where
            if kind not in KINDS:
                errors.append(f"{where}: unknown kind {kind!r}")
            if country != "-" and country not in NONSTATE and country not in ISO3:
                errors.append(f"{where}: unknown country code {country!r}")
            if sector != "-" and sector not in SECTORS:
                errors.append(f"{where}: unknown sector code {sector!r}")
            if kind == "country" and (country in NONSTATE or country == "-"):
                errors.append(f"{where}: a country line needs an ISO code")
            if kind == "country" and not eid.startswith("state."):
                errors.append(f"{where}: country ids start with state.")
            if kind == "demonym" and (country == "-" or sector != "-"):
                errors.append(f"{where}: a demonym has a country and sector '-'")
            if kind in ("org", "person") and country == "-":
                errors.append(f"{where}: an {kind} needs a fixed country code")
            if kind in ("org", "person", "country") and sector == "-":
                errors.append(f"{where}: an {kind} needs a sector")
            if not name:
                errors.append(f"{where}: empty English name")
            forms = [f.strip() for f in forms_s.split(";")]
            if not forms_s.strip():
                errors.append(f"{where}: no forms")
                continue
            seen = set()
            for f in forms:
                if not f:
                    errors.append(f"{where}: empty form")
                    continue
                if not ARABIC_RE.search(f):
                    errors.append(f"{where}: form without Arabic letters: {f!r}")
                k = fold(f)
                if k in seen:
                    errors.append(f"{where}: form listed twice (after folding): {f}")
                seen.add(k)
            counts[kind] += 1
            entries.append((where, eid, kind, country, sector, [f for f in forms if f]))

    # UN coverage
    states = {e[3] for e in entries if e[2] == "country"}
    missing = sorted((UN_MEMBERS | EXTRA_STATES) - states)
    if missing:
        errors.append("states missing a country entry: " + " ".join(missing))

    # collisions across entries
    owner = defaultdict(set)
    info = {}
    for where, eid, kind, country, sector, forms in entries:
        info[eid] = (kind, country, sector)
        for f in forms:
            for k in keys_of(kind, f):
                owner[k].add(eid)
    cross = []
    for k, ids_ in sorted(owner.items()):
        if len(ids_) < 2:
            continue
        countries = {info[i][1] for i in ids_}
        sectors = {info[i][2] for i in ids_ if info[i][2] != "-"}
        msg = f"key {k!r} in " + ", ".join(sorted(ids_))
        if len(countries - {"-"}) > 1 or len(sectors) > 1:
            cross.append(msg)
        else:
            warnings.append(msg)

    for e in errors:
        print("ERROR", e)
    for c in cross:
        print("CONFLICT", c)
    if verbose:
        for w in warnings:
            print("same-actor overlap", w)
    print("entries:", ", ".join(f"{k} {counts[k]}" for k in sorted(counts)),
          f"| total {sum(counts.values())} | errors {len(errors)} | conflicts {len(cross)}"
          f" | harmless overlaps {len(warnings)}"
          f" | ranks: " + ", ".join(f"{k} {ranks[k]}" for k in sorted(ranks)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
