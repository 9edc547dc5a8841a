#!/usr/bin/env python3
"""Show gold events beside system records per article, for error analysis on the dev split.

usage: scripts/diff_gold.py GOLD SYSTEM IDS [ARTICLE_ID]
"""
import json, sys

gold = {}
for l in open(sys.argv[1]):
    g = json.loads(l); gold[g['id']] = g['events']
sysr = {}
for l in open(sys.argv[2]):
    r = json.loads(l); sysr.setdefault(r['article_id'], []).append(r)
ids = [l.strip() for l in open(sys.argv[3]) if l.strip() and not l.startswith('#')]
only = sys.argv[4] if len(sys.argv) > 4 else None

def ent(e):
    if not e: return '-'
    return f"{(e.get('text') or '')[:25]}[{e.get('country')}/{e.get('sector')}]"

def show(e, sent):
    loc = e.get('location') or {}
    return (f"{e['event_type']:9} {str(e.get('mode')):12} {e['status'][:4]} {str(e.get('date')):10} "
            f"A={ent(e.get('actor'))} R={ent(e.get('recipient'))} L={loc.get('country')}/{loc.get('admin1')} "
            f"F={e.get('fatalities')} T={e.get('trigger')} :: {sent[:90]}")

for i in ids:
    if only and i != only: continue
    print(f"=== {i}")
    for e in gold.get(i, []):
        print("  G", show(e, e.get('sentence', '')))
    for r in sysr.get(i, []):
        print("  S", show(r, r['evidence']['sentence']), r['rule'])
