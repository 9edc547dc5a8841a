#!/usr/bin/env python3
"""Materialise data/gold/ahdath-gold.jsonl into a gold file in the dev-gold format.

ahdath-gold.jsonl stores evidence as positions only (the articles belong to their outlets and are
never copied into this repository): each event has `field` ("title" or "text"), `sentence_start`,
`sentence_end`, `trigger_start` and `trigger_end`, Unicode code-point offsets into that field of
the article in ../shared/corpus/dev-pool.jsonl. This script reads both files, checks every event,
and writes one line per article `{"id", "events", "notes"}` where each event has the keys of
../shared/corpus/dev-gold.jsonl, with `sentence` cut from the article by the offsets.

It exits non-zero (writing nothing) when any check fails; the main check is that every trigger
offset pair slices exactly the stored `trigger` string, inside its sentence.

usage: scripts/gold_materialize.py OUT [--gold PATH] [--pool PATH] [--keep-offsets]

  OUT             where to write the materialised gold (e.g. /tmp/ahdath-gold.jsonl)
  --gold PATH     default: data/gold/ahdath-gold.jsonl in this repository
  --pool PATH     default: ../shared/corpus/dev-pool.jsonl next to this repository
  --keep-offsets  also keep the offset fields in the output (the scorer ignores them)

then: ahdath eval --gold OUT events.jsonl
"""
import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
STATUSES = {"occurred", "future", "historical", "hypothetical", "negated"}
PRECISION_BY_LEN = {10: "day", 7: "month", 4: "year"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# dev-gold key order; the offsets replace `sentence` in the stored file.
OUT_KEYS = ["event_type", "mode", "status", "date", "date_precision", "date_basis", "date_text",
            "actor", "recipient", "location", "fatalities", "injuries", "trigger", "sentence", "field"]
OFFSET_KEYS = ["sentence_start", "sentence_end", "trigger_start", "trigger_end"]
STORED_KEYS = set(OUT_KEYS) - {"sentence"} | set(OFFSET_KEYS)
ENTITY_KEYS = {"text", "name", "country", "sector"}
PLACE_KEYS = {"text", "name", "admin1", "country"}


def check_event(ev, article, where):
    """Return a list of problems with one stored event (empty when it is fine)."""
    errs = []
    keys = set(ev)
    if "sentence" in keys:
        errs.append("stores `sentence` text (only offsets may be stored)")
    missing = STORED_KEYS - keys
    if missing:
        errs.append(f"missing keys {sorted(missing)}")
        return errs
    extra = keys - STORED_KEYS - {"sentence"}
    if extra:
        errs.append(f"unknown keys {sorted(extra)}")
    if ev["event_type"] not in TYPES:
        errs.append(f"event_type {ev['event_type']!r} is not a PLOVER type")
    if ev["status"] not in STATUSES:
        errs.append(f"status {ev['status']!r}")
    date, prec, basis = ev["date"], ev["date_precision"], ev["date_basis"]
    if date is None:
        if prec != "unknown" or basis is not None:
            errs.append("null date needs precision `unknown` and basis null")
    else:
        if not DATE_RE.match(date):
            errs.append(f"date {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        elif PRECISION_BY_LEN[len(date)] != prec:
            errs.append(f"date {date!r} does not match precision {prec!r}")
        if basis not in ("text", "publication"):
            errs.append(f"date basis {basis!r}")
        if basis == "text" and not ev["date_text"]:
            errs.append("basis `text` without date_text")
        if basis == "publication" and date != article.get("published"):
            errs.append(f"basis `publication` but date {date} != published {article.get('published')}")
    for role in ("actor", "recipient"):
        ent = ev[role]
        if ent is not None and (not isinstance(ent, dict) or set(ent) != ENTITY_KEYS):
            errs.append(f"{role} must be null or have keys {sorted(ENTITY_KEYS)}")
    loc = ev["location"]
    if loc is not None and (not isinstance(loc, dict) or set(loc) != PLACE_KEYS):
        errs.append(f"location must be null or have keys {sorted(PLACE_KEYS)}")
    for num in ("fatalities", "injuries"):
        v = ev[num]
        if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
            errs.append(f"{num} must be null or a non-negative integer")
    field = ev["field"]
    if field not in ("title", "text"):
        errs.append(f"field {field!r}")
        return errs
    text = article.get(field) or ""
    offs = [ev[k] for k in OFFSET_KEYS]
    if not all(isinstance(o, int) and not isinstance(o, bool) for o in offs):
        errs.append("offsets must be integers")
        return errs
    ss, se, ts, te = offs
    if not (0 <= ss <= ts < te <= se <= len(text)):
        errs.append(f"offsets out of order or range: sentence {ss}-{se}, trigger {ts}-{te}, "
                    f"{field} length {len(text)}")
        return errs
    if text[ts:te] != ev["trigger"]:
        errs.append(f"trigger offsets {ts}-{te} slice {text[ts:te]!r}, not {ev['trigger']!r}")
    if text[ss:se] != text[ss:se].strip() or not text[ss:se]:
        errs.append(f"sentence {ss}-{se} is empty or has surrounding whitespace")
    return [f"{where}: {e}" for e in errs]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--gold", default=str(REPO / "data" / "gold" / "ahdath-gold.jsonl"))
    ap.add_argument("--pool", default=str(REPO.parent / "shared" / "corpus" / "dev-pool.jsonl"))
    ap.add_argument("--keep-offsets", action="store_true")
    args = ap.parse_args()

    pool = {}
    with open(args.pool, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                a = json.loads(line)
                pool[a["id"]] = a

    errors, out, seen, n_events = [], [], set(), 0
    with open(args.gold, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{args.gold}:{lineno}"
            try:
                g = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: not JSON: {e}")
                continue
            aid = g.get("id")
            if aid in seen:
                errors.append(f"{where}: duplicate article id {aid!r}")
            seen.add(aid)
            if aid not in pool:
                errors.append(f"{where}: article {aid!r} not in {args.pool}")
                continue
            if not isinstance(g.get("events"), list) or not isinstance(g.get("notes"), str):
                errors.append(f"{where}: needs `events` (list) and `notes` (string)")
                continue
            article = pool[aid]
            events = []
            for k, ev in enumerate(g["events"]):
                errs = check_event(ev, article, f"{where} {aid} event {k} ({ev.get('trigger')!r})")
                errors.extend(errs)
                if errs:
                    continue
                text = article[ev["field"]]
                rec = {key: ev.get(key) for key in OUT_KEYS}
                rec["sentence"] = text[ev["sentence_start"]:ev["sentence_end"]]
                if args.keep_offsets:
                    rec.update({key: ev[key] for key in OFFSET_KEYS})
                events.append(rec)
            n_events += len(events)
            out.append({"id": aid, "events": events, "notes": g["notes"]})

    if errors:
        for e in errors:
            print(e, file=sys.stderr)
        print(f"gold_materialize: {len(errors)} problem(s); nothing written", file=sys.stderr)
        return 1
    with open(args.out, "w", encoding="utf-8") as fh:
        for g in out:
            fh.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"gold_materialize: {len(out)} articles, {n_events} events, all trigger offsets verified "
          f"-> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
