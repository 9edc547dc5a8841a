#!/usr/bin/env python3
"""System records that match no gold event, by type, with their sentence and the article's gold.

usage: scripts/false_records.py GOLD SYSTEM EVAL_JSON [IDS|-] [--type TYPE]

IDS restricts to a split's article ids (e.g. data/gold/dev-ids.txt); "-" or no IDS takes every
article the gold holds. For each unmatched record it prints the type, mode, status, date, rule and
trigger, the sentence, and the article's gold events of the same type (so a date or place that
contradicts the gold, or a happening coded twice, shows). Never run it on the test, team or test2
golds: those are not read article by article.
"""
import sys
from goldlib import load, matched

args = sys.argv[1:]
want = None
if '--type' in args:
    k = args.index('--type'); want = args[k + 1]; del args[k:k + 2]
ids_path = args[3] if len(args) > 3 and args[3] != '-' else None
gold, sysr, rep, ids = load(args[0], args[1], args[2], ids_path)
if ids is None:
    ids = set(gold)
mg, ms = matched(rep)
n = 0
for i, r in enumerate(sysr):
    if r['article_id'] not in ids or i in ms:
        continue
    if want and r['event_type'] != want:
        continue
    n += 1
    loc = (r.get('location') or {}).get('name')
    print(f"[{n}] {r['article_id']} #{i} {r['event_type']} {r.get('mode')} {r['status']} "
          f"{r.get('date')} loc={loc} rule={r['rule']} trig=[{r['trigger']}]")
    print(f"    S: {r['evidence']['sentence']}")
    for j, g in enumerate(gold[r['article_id']]):
        if g['event_type'] != r['event_type']:
            continue
        gl = (g.get('location') or {}).get('name')
        tag = 'matched' if (r['article_id'], j) in mg else 'unmatched'
        print(f"    G{j} ({tag}) {g.get('mode')} {g['status']} {g.get('date')} loc={gl} "
              f"trig=[{g.get('trigger')}] | {(g.get('sentence') or '')[:160]}")
print(f"{n} unmatched records", file=sys.stderr)
