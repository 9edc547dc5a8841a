#!/usr/bin/env python3
"""Gold events the system missed, with whether any system record shares the sentence.

usage: scripts/misses.py GOLD SYSTEM EVAL_JSON IDS
"""
import sys, collections
from goldlib import load, matched
gold, sysr, rep, ids = load(*sys.argv[1:5])
mg, _ = matched(rep)
by_art = collections.defaultdict(list)
for r in sysr: by_art[r['article_id']].append(r)
for aid in sorted(ids):
    for j, g in enumerate(gold[aid]):
        if (aid, j) in mg: continue
        gs = g.get('sentence') or ''
        same = [r for r in by_art[aid] if gs and (r['evidence']['sentence'] in gs or gs in r['evidence']['sentence'])]
        tag = ','.join(sorted(set(r['event_type'] for r in same))) or '-'
        print(f"{g['event_type']:9} {str(g.get('mode')):12} {g['status'][:4]} trig=[{g.get('trigger')}] sys_in_sentence={tag}")
