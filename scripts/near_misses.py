#!/usr/bin/env python3
"""Unmatched gold and system events of the same type in the same sentence: why they missed.

usage: scripts/near_misses.py GOLD SYSTEM EVAL_JSON IDS
"""
import sys
from goldlib import load, matched
gold, sysr, rep, ids = load(*sys.argv[1:5])
mg, ms = matched(rep)
for i, r in enumerate(sysr):
    if r['article_id'] not in ids or i in ms: continue
    sent = r['evidence']['sentence']
    for j, g in enumerate(gold[r['article_id']]):
        if (r['article_id'], j) in mg or g['event_type'] != r['event_type']: continue
        gs = g.get('sentence') or ''
        if gs and (gs in sent or sent in gs):
            gl = (g.get('location') or {}).get('country'); sl = (r.get('location') or {}).get('country')
            print(f"{r['event_type']:8} gold {g.get('date')}/{gl} [{g.get('date_text')}] sys {r.get('date')}/{sl} [{r.get('date_text')}] {r['trigger']} | {sent[:80]}")
