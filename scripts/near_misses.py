#!/usr/bin/env python3
"""Unmatched gold and system events of the same type in the same sentence: why they missed.

usage: scripts/near_misses.py GOLD SYSTEM EVAL_JSON IDS
"""
import json, sys
rep = json.load(open(sys.argv[3]))
ids = set(l.strip() for l in open(sys.argv[4]) if l.strip() and not l.startswith('#'))
gold = {}
for l in open(sys.argv[1]):
    g = json.loads(l); gold[g['id']] = g['events']
sysr = [json.loads(l) for l in open(sys.argv[2])]
mg = set((m['article_id'], m['gold']) for m in rep['matches'])
ms = set(m['system'] for m in rep['matches'])
for i, r in enumerate(sysr):
    if r['article_id'] not in ids or i in ms: continue
    sent = r['evidence']['sentence']
    for j, g in enumerate(gold[r['article_id']]):
        if (r['article_id'], j) in mg or g['event_type'] != r['event_type']: continue
        gs = g.get('sentence') or ''
        if gs and (gs in sent or sent in gs):
            gl = (g.get('location') or {}).get('country'); sl = (r.get('location') or {}).get('country')
            print(f"{r['event_type']:8} gold {g.get('date')}/{gl} [{g.get('date_text')}] sys {r.get('date')}/{sl} [{r.get('date_text')}] {r['trigger']} | {sent[:80]}")
