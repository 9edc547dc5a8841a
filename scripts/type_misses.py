#!/usr/bin/env python3
"""Gold events of one type that no system record matches, with their sentences.

usage: scripts/type_misses.py TYPE GOLD SYSTEM EVAL_JSON [IDS]

One block per unmatched gold event of TYPE (e.g. ACCUSE): the article, the gold's mode, status,
trigger and sentence, and the system records of the same article whose evidence sentence overlaps
the gold's (type, mode and trigger), to class a type's misses by cause (no trigger, filtered,
coded as another type, folded, date or place).
"""
import sys, collections
from goldlib import load, matched

typ = sys.argv[1]
gold, sysr, rep, ids = load(*sys.argv[2:6])
mg, _ = matched(rep)
by_art = collections.defaultdict(list)
for r in sysr:
    by_art[r['article_id']].append(r)
n = 0
for aid in sorted(ids if ids is not None else gold):
    for j, g in enumerate(gold.get(aid, [])):
        if g['event_type'] != typ or (aid, j) in mg:
            continue
        n += 1
        gs = g.get('sentence') or ''
        print(f"== {aid} #{j} {g.get('mode')} {g['status']} trig=[{g.get('trigger')}]")
        print(f"   gold: {gs}")
        for r in by_art[aid]:
            rs = r['evidence']['sentence']
            if gs and (rs in gs or gs in rs):
                print(f"   sys : {r['event_type']} {r.get('mode')} trig=[{r['evidence'].get('trigger')}]")
print(f"{n} unmatched {typ} gold events")
