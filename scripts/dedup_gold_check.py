#!/usr/bin/env python3
"""Validate data/gold/dedup-test.jsonl (the deduplication test gold).

Checks (any failure -> exit status 1):
  * every line is a JSON object with the documented fields and types;
  * cluster ids are unique; kind is positive|lookalike; lookalike_of is null
    for positives and names an existing *positive* cluster for look-alikes;
  * event_type is one of the 16 PLOVER types; date is YYYY-MM-DD or null;
    country is a three-letter upper-case code;
  * every member's article id exists in ../shared/corpus/bench60k.jsonl.gz,
    field is title|text, 0 <= start < end <= len(field) in code points, and
    the span does not cut a word in two (at either end);
  * positive clusters have at least 2 members; no article appears twice in
    one cluster;
  * no article id of ../shared/corpus/dedup-dev.jsonl is used.
Warnings (reported, not fatal): a positive cluster with only one outlet, an
article used by more than one cluster, a span that does not look like a whole
sentence (does not start after a boundary or end at one).

Prints summary counts (clusters, members, outlets per cluster, event types,
countries). With --show, prints every member's sentence from the corpus for
review (the text is read from the corpus, never stored in the gold file).

Usage: python3 scripts/dedup_gold_check.py [--gold PATH] [--show]
"""
import argparse
import collections
import gzip
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "..", "shared", "corpus")
DEFAULT_GOLD = os.path.join(ROOT, "data", "gold", "dedup-test.jsonl")

TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}
FIELDS = ["cluster", "kind", "lookalike_of", "event_type", "summary_en", "date", "country",
          "place", "members", "note"]
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO3 = re.compile(r"^[A-Z]{3}$")
SENT_END = set(".!?؟\"'»”)")


def is_word(ch):
    return ch.isalnum() or ch == "_" or "\u0610" <= ch <= "\u061a" or "\u064b" <= ch <= "\u065f"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=DEFAULT_GOLD)
    ap.add_argument("--corpus", default=os.path.join(CORPUS, "bench60k.jsonl.gz"))
    ap.add_argument("--dev", default=os.path.join(CORPUS, "dedup-dev.jsonl"))
    ap.add_argument("--show", action="store_true", help="print each member's sentence for review")
    args = ap.parse_args()

    errors, warnings = [], []

    clusters = []
    with open(args.gold, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                clusters.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                errors.append("line %d: not JSON (%s)" % (n, e))

    need = set()
    for _, c in clusters:
        for m in c.get("members") or []:
            if isinstance(m, dict) and isinstance(m.get("article_id"), str):
                need.add(m["article_id"])
    corpus = {}
    with gzip.open(args.corpus, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["id"] in need:
                corpus[r["id"]] = r
    dev_ids = set()
    if os.path.exists(args.dev):
        with open(args.dev, encoding="utf-8") as f:
            for line in f:
                for m in json.loads(line)["members"]:
                    dev_ids.add(m["article_id"])
    else:
        warnings.append("dedup-dev file not found: %s (overlap not checked)" % args.dev)

    ids = collections.Counter(c.get("cluster") for _, c in clusters)
    kinds = {c.get("cluster"): c.get("kind") for _, c in clusters}
    article_use = collections.defaultdict(list)
    types, countries, outlets_hist = collections.Counter(), collections.Counter(), collections.Counter()
    n_members = 0
    all_outlets = set()

    for n, c in clusters:
        cid = c.get("cluster")
        where = "line %d (%s)" % (n, cid)
        missing = [k for k in FIELDS if k not in c]
        if missing:
            errors.append("%s: missing fields %s" % (where, missing))
            continue
        extra = [k for k in c if k not in FIELDS]
        if extra:
            warnings.append("%s: unexpected fields %s" % (where, extra))
        if not isinstance(cid, str) or ids[cid] > 1:
            errors.append("%s: cluster id missing or duplicated" % where)
        if c["kind"] not in ("positive", "lookalike"):
            errors.append("%s: kind must be positive or lookalike" % where)
        if c["kind"] == "positive" and c["lookalike_of"] is not None:
            errors.append("%s: positive cluster with lookalike_of" % where)
        if c["kind"] == "lookalike":
            if kinds.get(c["lookalike_of"]) != "positive":
                errors.append("%s: lookalike_of %r is not an existing positive cluster" % (where, c["lookalike_of"]))
        if c["event_type"] not in TYPES:
            errors.append("%s: unknown event_type %r" % (where, c["event_type"]))
        if c["date"] is not None and not (isinstance(c["date"], str) and DATE.match(c["date"])):
            errors.append("%s: bad date %r" % (where, c["date"]))
        if not (isinstance(c["country"], str) and ISO3.match(c["country"])):
            errors.append("%s: bad country %r" % (where, c["country"]))
        if not (isinstance(c["summary_en"], str) and c["summary_en"].strip()):
            errors.append("%s: empty summary_en" % where)
        members = c["members"]
        if not isinstance(members, list) or not members:
            errors.append("%s: members must be a non-empty list" % where)
            continue
        if c["kind"] == "positive" and len(members) < 2:
            errors.append("%s: positive cluster needs at least 2 members" % where)
        seen = set()
        outlets = set()
        for i, m in enumerate(members):
            mw = "%s member %d" % (where, i)
            aid = m.get("article_id")
            if aid in seen:
                errors.append("%s: article %s twice in one cluster" % (mw, aid))
            seen.add(aid)
            article_use[aid].append(cid)
            if aid in dev_ids:
                errors.append("%s: article %s is used by dedup-dev.jsonl" % (mw, aid))
            r = corpus.get(aid)
            if r is None:
                errors.append("%s: article %r not in bench60k" % (mw, aid))
                continue
            field = m.get("field")
            if field not in ("title", "text"):
                errors.append("%s: field must be title or text" % mw)
                continue
            s = r.get(field) or ""
            a, b = m.get("start"), m.get("end")
            if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(s)):
                errors.append("%s: offsets %r..%r out of range (len %d)" % (mw, a, b, len(s)))
                continue
            if a > 0 and is_word(s[a - 1]) and is_word(s[a]):
                errors.append("%s: start %d splits a word" % (mw, a))
            if b < len(s) and is_word(s[b - 1]) and is_word(s[b]):
                errors.append("%s: end %d splits a word" % (mw, b))
            if s[a].isspace() or s[b - 1].isspace():
                warnings.append("%s: span has leading/trailing whitespace" % mw)
            if field == "text":
                if a > 0 and s[a - 1] not in "\n " :
                    warnings.append("%s: span does not start after a space or line break" % mw)
                if b < len(s) and s[b - 1] not in SENT_END and s[b] != "\n":
                    warnings.append("%s: span does not end at a sentence boundary" % mw)
            outlets.add(r["source"])
            all_outlets.add(r["source"])
            n_members += 1
        if c["kind"] == "positive" and len(outlets) < 2:
            warnings.append("%s: positive cluster from a single outlet" % where)
        outlets_hist[len(outlets)] += 1
        types[c["event_type"]] += 1
        countries[c["country"]] += 1

    for aid, cl in article_use.items():
        if len(cl) > 1:
            warnings.append("article %s used by clusters %s" % (aid, cl))

    if args.show:
        for n, c in clusters:
            print("== %s %s%s %s %s %s %s" % (c.get("cluster"), c.get("kind"),
                  " of " + c["lookalike_of"] if c.get("lookalike_of") else "", c.get("event_type"),
                  c.get("date"), c.get("country"), c.get("place")))
            print("   " + (c.get("summary_en") or ""))
            for m in c.get("members") or []:
                r = corpus.get(m.get("article_id"))
                if not r:
                    continue
                s = (r.get(m.get("field")) or "")[m.get("start", 0):m.get("end", 0)]
                print("   - %s %s %s %s: %s" % (m["article_id"], r["source"].split("/")[-1],
                      r["published"] or "-", m["field"], s.replace("\n", " ")))
            print()

    pos = sum(1 for _, c in clusters if c.get("kind") == "positive")
    la = sum(1 for _, c in clusters if c.get("kind") == "lookalike")
    pos_members = sum(len(c.get("members") or []) for _, c in clusters if c.get("kind") == "positive")
    print("clusters: %d (positive %d, lookalike %d)" % (len(clusters), pos, la))
    print("members: %d (in positive clusters %d); distinct articles %d; distinct outlets %d"
          % (n_members, pos_members, len(article_use), len(all_outlets)))
    print("outlets per cluster: " + ", ".join("%d: %d" % kv for kv in sorted(outlets_hist.items())))
    print("event types: " + ", ".join("%s %d" % kv for kv in types.most_common()))
    print("countries (%d): " % len(countries) + ", ".join("%s %d" % kv for kv in countries.most_common()))
    for w in warnings:
        print("warning: " + w)
    for e in errors:
        print("ERROR: " + e)
    if errors:
        print("FAILED: %d error(s)" % len(errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
